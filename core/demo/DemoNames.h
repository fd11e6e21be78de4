#pragma once

#include <array>
#include <span>
#include <string_view>

namespace clientele::demo {

// First and last names by culture, so the demo shop looks like a real city:
// accents, umlauts, cedillas and other non-ASCII letters included.
struct NamePool
{
    std::span<const std::string_view> first;
    std::span<const std::string_view> last;
    int weight; // relative share of customers
};

struct City
{
    std::string_view name;
    std::string_view postalPrefix;
    std::string_view country; // ISO 3166 alpha-2
    int weight;
};

std::span<const NamePool> namePools();
std::span<const City> cities();
std::span<const std::string_view> streets();

} // namespace clientele::demo
