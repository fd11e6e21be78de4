#include "DemoNames.h"

namespace clientele::demo {

namespace {

using namespace std::string_view_literals;

constexpr std::array frenchFirst = {"Chloé"sv, "Léa"sv, "Manon"sv, "Camille"sv, "Inès"sv, "Zoé"sv, "Hélène"sv, "Océane"sv, "Élodie"sv, "Margaux"sv, "Lucas"sv, "Hugo"sv, "Théo"sv, "Louis"sv, "Jérôme"sv, "Rémi"sv, "François"sv, "Gaël"sv, "Noël"sv, "Benoît"sv, "Anaïs"sv, "Aurélie"sv, "Clément"sv, "Maël"sv, "Juliette"sv, "Pauline"sv, "Mathilde"sv, "Émilie"sv, "Cécile"sv, "Agnès"sv, "Sébastien"sv, "Étienne"sv, "Loïc"sv, "Arnaud"sv, "Thibault"sv, "Mathéo"sv, "Raphaël"sv, "Léon"sv, "Adèle"sv, "Maëlys"sv, "Gaëtan"sv, "Irène"sv, "Bérénice"sv, "Solène"sv, "Timothée"sv, "Valérie"sv};
constexpr std::array frenchLast = {"Martin"sv, "Bernard"sv, "Dubois"sv, "Lefèvre"sv, "Girard"sv, "Rousseau"sv, "Fournier"sv, "Morel"sv, "Mercier"sv, "Lemaître"sv, "Faure"sv, "Chevalier"sv, "Gauthier"sv, "Perrin"sv, "Brunet"sv, "Besançon"sv, "Ménard"sv, "Frégeac"sv, "Thomas"sv, "Robert"sv, "Richard"sv, "Petit"sv, "Durand"sv, "Leroy"sv, "Moreau"sv, "Simon"sv, "Laurent"sv, "Michel"sv, "Garcia"sv, "David"sv, "Bertrand"sv, "Roux"sv, "Vincent"sv, "Fontaine"sv, "Lambert"sv, "Bonnet"sv, "Dupont"sv, "Guérin"sv, "Boyer"sv, "Garnier"sv, "Chauvin"sv, "Lacroix"sv, "Rivière"sv, "Duval"sv, "Lemoine"sv, "Renaud"sv, "Barbier"sv, "Aubert"sv, "Hébert"sv};
constexpr std::array germanFirst = {"Anna"sv, "Lena"sv, "Jürgen"sv, "Jörg"sv, "Max"sv, "Sophie"sv, "Lukas"sv, "Björn"sv, "Käthe"sv, "Günter"sv, "Mia"sv, "Felix"sv, "Jonas"sv, "Leonie"sv, "Matthias"sv, "Ute"sv, "Dörte"sv, "Bärbel"sv, "Uwe"sv, "Hannah"sv, "Moritz"sv, "Katrin"sv};
constexpr std::array germanLast = {"Müller"sv, "Schmidt"sv, "Schröder"sv, "Weiß"sv, "Groß"sv, "Köhler"sv, "Becker"sv, "Hoffmann"sv, "Krüger"sv, "Wagner"sv, "Schäfer"sv, "Fischer"sv, "Meyer"sv, "Jäger"sv, "Böhm"sv, "Schulz"sv, "Lange"sv, "Hübner"sv, "Vogel"sv, "Günther"sv};
constexpr std::array spanishFirst = {"José"sv, "María"sv, "Lucía"sv, "Álvaro"sv, "Sofía"sv, "Martín"sv, "Inés"sv, "Raúl"sv, "Begoña"sv, "Jesús"sv, "Andrés"sv, "Ramón"sv, "Ángela"sv, "Nuria"sv, "Iñaki"sv, "Pilar"sv, "Adrián"sv, "Elena"sv};
constexpr std::array spanishLast = {"García"sv, "Núñez"sv, "Fernández"sv, "López"sv, "Martínez"sv, "Sánchez"sv, "Peña"sv, "Ibáñez"sv, "Muñoz"sv, "Gómez"sv, "Rodríguez"sv, "Díaz"sv, "Pérez"sv, "Jiménez"sv, "Ruiz"sv, "Álvarez"sv, "Castaño"sv, "Ortiz"sv};
constexpr std::array italianFirst = {"Giulia"sv, "Francesca"sv, "Marco"sv, "Niccolò"sv, "Matteo"sv, "Chiara"sv, "Alessandro"sv, "Lorenzo"sv, "Sara"sv, "Federica"sv, "Andrea"sv, "Elisa"sv, "Tommaso"sv, "Beatrice"sv};
constexpr std::array italianLast = {"Rossi"sv, "Bianchi"sv, "Ferrari"sv, "Esposito"sv, "Romano"sv, "Colombo"sv, "Ricci"sv, "Marino"sv, "Greco"sv, "Bruno"sv, "Gallo"sv, "Conti"sv, "Costa"sv, "De Luca"sv};
constexpr std::array portugueseFirst = {"João"sv, "Conceição"sv, "Gonçalo"sv, "Inês"sv, "Tomás"sv, "Beatriz"sv, "Rodrigo"sv, "Leonor"sv, "Duarte"sv, "Margarida"sv, "Afonso"sv};
constexpr std::array portugueseLast = {"Gonçalves"sv, "Simões"sv, "Magalhães"sv, "Araújo"sv, "Fonseca"sv, "Silva"sv, "Santos"sv, "Ferreira"sv, "Pereira"sv, "Oliveira"sv, "Costa"sv, "Rodrigues"sv};
constexpr std::array polishFirst = {"Łukasz"sv, "Małgorzata"sv, "Wojciech"sv, "Zofia"sv, "Paweł"sv, "Agnieszka"sv, "Michał"sv, "Katarzyna"sv, "Grzegorz"sv, "Ewa"sv};
constexpr std::array polishLast = {"Nowak"sv, "Wiśniewski"sv, "Wójcik"sv, "Kowalczyk"sv, "Zieliński"sv, "Dąbrowska"sv, "Kamiński"sv, "Lewandowska"sv, "Woźniak"sv, "Szymańska"sv};
constexpr std::array turkishFirst = {"Ayşe"sv, "Mehmet"sv, "Elif"sv, "Çağla"sv, "Emre"sv, "Gülşen"sv, "Burak"sv, "Zeynep"sv, "Oğuz"sv, "Şeyma"sv};
constexpr std::array turkishLast = {"Yılmaz"sv, "Şahin"sv, "Öztürk"sv, "Kaya"sv, "Çelik"sv, "Doğan"sv, "Aydın"sv, "Arslan"sv, "Koç"sv, "Kılıç"sv};
constexpr std::array arabicFirst = {"Yasmine"sv, "Karim"sv, "Nour"sv, "Samir"sv, "Leïla"sv, "Mehdi"sv, "Amira"sv, "Rachid"sv, "Sofiane"sv, "Inès"sv, "Nadia"sv, "Walid"sv, "Salma"sv, "Yacine"sv};
constexpr std::array arabicLast = {"Benali"sv, "Haddad"sv, "Saïdi"sv, "Bouzid"sv, "Mansour"sv, "Cherif"sv, "Belkacem"sv, "Hamdi"sv, "Touati"sv, "Benkirane"sv, "Zeroual"sv, "El Amrani"sv};
constexpr std::array vietnameseFirst = {"Minh"sv, "Linh"sv, "Thảo"sv, "Quang"sv, "Hương"sv, "Tuấn"sv, "Ngọc"sv, "Phương"sv};
constexpr std::array vietnameseLast = {"Nguyễn"sv, "Trần"sv, "Lê"sv, "Phạm"sv, "Đặng"sv, "Hoàng"sv, "Võ"sv, "Bùi"sv};
constexpr std::array nordicFirst = {"Øystein"sv, "Åsa"sv, "Sigrún"sv, "Bjørn"sv, "Maja"sv, "Søren"sv, "Ingrid"sv, "Lars"sv, "Freyja"sv};
constexpr std::array nordicLast = {"Sørensen"sv, "Lindqvist"sv, "Ólafsdóttir"sv, "Hansen"sv, "Åberg"sv, "Johansson"sv, "Nilsen"sv, "Berg"sv};
constexpr std::array czechFirst = {"Jiří"sv, "Tereza"sv, "Ondřej"sv, "Kateřina"sv, "Tomáš"sv, "Lucie"sv};
constexpr std::array czechLast = {"Dvořák"sv, "Novotná"sv, "Černý"sv, "Procházka"sv, "Kučera"sv, "Veselá"sv};
constexpr std::array englishFirst = {"Oliver"sv, "Amelia"sv, "Jack"sv, "Zoë"sv, "Harry"sv, "Emily"sv, "Siobhán"sv, "Liam"sv, "Grace"sv, "Noah"sv, "Chloe"sv};
constexpr std::array englishLast = {"Smith"sv, "O'Brien"sv, "Taylor"sv, "Brown"sv, "Wilson"sv, "MacDonald"sv, "Evans"sv, "Walsh"sv, "Hughes"sv, "Murphy"sv};

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
