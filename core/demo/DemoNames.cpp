#include "DemoNames.h"

namespace clientele::demo {

namespace {

using namespace std::string_view_literals;

constexpr std::array frenchFirst = {"Chloé"sv,  "Léa"sv,    "Manon"sv,    "Camille"sv, "Inès"sv,    "Zoé"sv,
                                    "Hélène"sv, "Océane"sv, "Élodie"sv,   "Margaux"sv, "Lucas"sv,   "Hugo"sv,
                                    "Théo"sv,   "Louis"sv,  "Jérôme"sv,   "Rémi"sv,    "François"sv, "Gaël"sv,
                                    "Noël"sv,   "Benoît"sv, "Anaïs"sv,    "Aurélie"sv, "Clément"sv, "Maël"sv};
constexpr std::array frenchLast = {"Martin"sv,   "Bernard"sv, "Dubois"sv,   "Lefèvre"sv, "Girard"sv,  "Rousseau"sv,
                                   "Fournier"sv, "Morel"sv,   "Mercier"sv,  "Lemaître"sv, "Faure"sv,  "Chevalier"sv,
                                   "Gauthier"sv, "Perrin"sv,  "Brunet"sv,   "Besançon"sv, "Ménard"sv, "Frégeac"sv};
constexpr std::array germanFirst = {"Anna"sv,  "Lena"sv,  "Jürgen"sv, "Jörg"sv,  "Max"sv,    "Sophie"sv,
                                    "Lukas"sv, "Björn"sv, "Käthe"sv,  "Günter"sv, "Mia"sv,   "Felix"sv};
constexpr std::array germanLast = {"Müller"sv,  "Schmidt"sv, "Schröder"sv, "Weiß"sv,  "Groß"sv,
                                   "Köhler"sv,  "Becker"sv,  "Hoffmann"sv, "Krüger"sv, "Wagner"sv};
constexpr std::array spanishFirst = {"José"sv,  "María"sv, "Lucía"sv, "Álvaro"sv, "Sofía"sv,
                                     "Martín"sv, "Inés"sv, "Raúl"sv,  "Begoña"sv, "Jesús"sv};
constexpr std::array spanishLast = {"García"sv,  "Núñez"sv,     "Fernández"sv, "López"sv, "Martínez"sv,
                                    "Sánchez"sv, "Peña"sv,      "Ibáñez"sv,    "Muñoz"sv, "Gómez"sv};
constexpr std::array italianFirst = {"Giulia"sv, "Francesca"sv, "Marco"sv, "Niccolò"sv, "Matteo"sv, "Chiara"sv};
constexpr std::array italianLast = {"Rossi"sv, "Bianchi"sv, "Ferrari"sv, "Esposito"sv, "Romano"sv, "Colombo"sv};
constexpr std::array portugueseFirst = {"João"sv, "Conceição"sv, "Gonçalo"sv, "Inês"sv, "Tomás"sv};
constexpr std::array portugueseLast = {"Gonçalves"sv, "Simões"sv, "Magalhães"sv, "Araújo"sv, "Fonseca"sv};
constexpr std::array polishFirst = {"Łukasz"sv, "Małgorzata"sv, "Wojciech"sv, "Zofia"sv, "Paweł"sv, "Agnieszka"sv};
constexpr std::array polishLast = {"Nowak"sv, "Wiśniewski"sv, "Wójcik"sv, "Kowalczyk"sv, "Zieliński"sv, "Dąbrowska"sv};
constexpr std::array turkishFirst = {"Ayşe"sv, "Mehmet"sv, "Elif"sv, "Çağla"sv, "Emre"sv, "Gülşen"sv};
constexpr std::array turkishLast = {"Yılmaz"sv, "Şahin"sv, "Öztürk"sv, "Kaya"sv, "Çelik"sv, "Doğan"sv};
constexpr std::array arabicFirst = {"Yasmine"sv, "Karim"sv, "Nour"sv, "Samir"sv, "Leïla"sv, "Mehdi"sv, "Amira"sv};
constexpr std::array arabicLast = {"Benali"sv, "Haddad"sv, "El Amrani"sv, "Saïdi"sv, "Bouzid"sv, "Mansour"sv};
constexpr std::array vietnameseFirst = {"Minh"sv, "Linh"sv, "Thảo"sv, "Quang"sv, "Hương"sv};
constexpr std::array vietnameseLast = {"Nguyễn"sv, "Trần"sv, "Lê"sv, "Phạm"sv, "Đặng"sv};
constexpr std::array nordicFirst = {"Øystein"sv, "Åsa"sv, "Sigrún"sv, "Bjørn"sv, "Maja"sv};
constexpr std::array nordicLast = {"Sørensen"sv, "Lindqvist"sv, "Ólafsdóttir"sv, "Hansen"sv, "Åberg"sv};
constexpr std::array czechFirst = {"Jiří"sv, "Tereza"sv, "Ondřej"sv, "Kateřina"sv};
constexpr std::array czechLast = {"Dvořák"sv, "Novotná"sv, "Černý"sv, "Procházka"sv};
constexpr std::array englishFirst = {"Oliver"sv, "Amelia"sv, "Jack"sv, "Zoë"sv, "Harry"sv, "Emily"sv, "Siobhán"sv};
constexpr std::array englishLast = {"Smith"sv, "O'Brien"sv, "Taylor"sv, "Brown"sv, "Wilson"sv, "MacDonald"sv};

const std::array pools = {
    NamePool{frenchFirst, frenchLast, 52},   NamePool{germanFirst, germanLast, 6},
    NamePool{spanishFirst, spanishLast, 7},  NamePool{italianFirst, italianLast, 6},
    NamePool{portugueseFirst, portugueseLast, 5}, NamePool{polishFirst, polishLast, 3},
    NamePool{turkishFirst, turkishLast, 4},  NamePool{arabicFirst, arabicLast, 8},
    NamePool{vietnameseFirst, vietnameseLast, 3}, NamePool{nordicFirst, nordicLast, 2},
    NamePool{czechFirst, czechLast, 1},      NamePool{englishFirst, englishLast, 3},
};

const std::array cityList = {
    City{"Lyon"sv, "6900"sv, "FR"sv, 40},          City{"Villeurbanne"sv, "6910"sv, "FR"sv, 12},
    City{"Caluire-et-Cuire"sv, "6930"sv, "FR"sv, 5}, City{"Écully"sv, "6913"sv, "FR"sv, 4},
    City{"Vénissieux"sv, "6920"sv, "FR"sv, 5},     City{"Bron"sv, "6950"sv, "FR"sv, 4},
    City{"Saint-Étienne"sv, "4200"sv, "FR"sv, 3},  City{"Grenoble"sv, "3800"sv, "FR"sv, 3},
    City{"Annecy"sv, "7400"sv, "FR"sv, 2},         City{"Paris"sv, "7501"sv, "FR"sv, 4},
    City{"Genève"sv, "120"sv, "CH"sv, 2},          City{"Torino"sv, "1012"sv, "IT"sv, 1},
    City{"Barcelona"sv, "0800"sv, "ES"sv, 1},      City{"München"sv, "8033"sv, "DE"sv, 1},
};

const std::array streetList = {
    "rue de la République"sv, "rue Mercière"sv,     "quai Saint-Antoine"sv, "rue Victor-Hugo"sv,
    "cours Lafayette"sv,      "rue Garibaldi"sv,    "avenue Jean-Jaurès"sv, "place Bellecour"sv,
    "rue du Bœuf"sv,          "montée de la Grande-Côte"sv, "rue Paul-Bert"sv, "boulevard des Brotteaux"sv,
};

} // namespace

std::span<const NamePool> namePools()
{
    return pools;
}

std::span<const City> cities()
{
    return cityList;
}

std::span<const std::string_view> streets()
{
    return streetList;
}

} // namespace clientele::demo
