"""World countries: canonical names, alternative names, demonyms/adjectives and capitals.

General world knowledge (data only). Used to recognise countries as actors, the country of an actor
("Turkish Defence Minister" -> Turkey) and capital metonyms ("Baku said" -> Azerbaijan).
Lookups fold diacritics and case (`Türkiye` = `Turkiye` = `Turkey`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode


@dataclass(frozen=True, kw_only=True)
class Country:
    """One country with the words that name it."""

    name: str
    """Canonical English short name (`Turkey`)."""
    aliases: tuple[str, ...] = ()
    """Other names (`Türkiye`, `Republic of Turkey`)."""
    demonyms: tuple[str, ...] = ()
    """Adjectives and demonyms (`Turkish`, `Turk`, `Turks`)."""
    capitals: tuple[str, ...] = ()
    """Capital cities (used as metonyms: `Ankara said`)."""


# name | aliases | demonyms (adjective first) | capitals
_DATA = """
Afghanistan|Islamic Republic of Afghanistan|Afghan;Afghans;Afghani|Kabul
Albania|Republic of Albania|Albanian;Albanians|Tirana;Tirane
Algeria|People's Democratic Republic of Algeria|Algerian;Algerians|Algiers
Andorra|Principality of Andorra|Andorran;Andorrans|Andorra la Vella
Angola|Republic of Angola|Angolan;Angolans|Luanda
Antigua and Barbuda||Antiguan;Barbudan;Antiguans|Saint John's
Argentina|Argentine Republic|Argentine;Argentinian;Argentinean;Argentines;Argentinians|Buenos Aires
Armenia|Republic of Armenia;Hayastan|Armenian;Armenians|Yerevan
Australia|Commonwealth of Australia|Australian;Australians|Canberra
Austria|Republic of Austria|Austrian;Austrians|Vienna
Azerbaijan|Republic of Azerbaijan;Azerbaijan Republic|Azerbaijani;Azeri;Azerbaijanis;Azeris|Baku
Bahamas|The Bahamas;Commonwealth of The Bahamas|Bahamian;Bahamians|Nassau
Bahrain|Kingdom of Bahrain|Bahraini;Bahrainis|Manama
Bangladesh|People's Republic of Bangladesh|Bangladeshi;Bangladeshis|Dhaka
Barbados||Barbadian;Bajan;Barbadians|Bridgetown
Belarus|Republic of Belarus;Byelorussia|Belarusian;Belarusians;Byelorussian|Minsk
Belgium|Kingdom of Belgium|Belgian;Belgians|Brussels
Belize||Belizean;Belizeans|Belmopan
Benin|Republic of Benin|Beninese|Porto-Novo;Porto Novo
Bhutan|Kingdom of Bhutan|Bhutanese|Thimphu
Bolivia|Plurinational State of Bolivia|Bolivian;Bolivians|Sucre;La Paz
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;BiH|Bosnian;Herzegovinian;Bosnians|Sarajevo
Botswana|Republic of Botswana|Botswanan;Motswana;Batswana|Gaborone
Brazil|Federative Republic of Brazil;Brasil|Brazilian;Brazilians|Brasilia;Brasília
Brunei|Brunei Darussalam|Bruneian;Bruneians|Bandar Seri Begawan
Bulgaria|Republic of Bulgaria|Bulgarian;Bulgarians|Sofia
Burkina Faso||Burkinabe;Burkinabè|Ouagadougou
Burundi|Republic of Burundi|Burundian;Burundians|Gitega
Cabo Verde|Cape Verde|Cabo Verdean;Cape Verdean;Cape Verdeans|Praia
Cambodia|Kingdom of Cambodia|Cambodian;Cambodians;Khmer|Phnom Penh
Cameroon|Republic of Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
Canada||Canadian;Canadians|Ottawa
Central African Republic|CAR|Central African;Central Africans|Bangui
Chad|Republic of Chad|Chadian;Chadians|N'Djamena
Chile|Republic of Chile|Chilean;Chileans|Santiago
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Peking
Colombia|Republic of Colombia|Colombian;Colombians|Bogota;Bogotá
Comoros|Union of the Comoros|Comorian;Comorans|Moroni
Congo|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;DR of Congo|Congolese|Kinshasa
Costa Rica|Republic of Costa Rica|Costa Rican;Costa Ricans|San Jose;San José
Cote d'Ivoire|Côte d'Ivoire;Ivory Coast|Ivorian;Ivorians|Yamoussoukro;Abidjan
Croatia|Republic of Croatia|Croatian;Croat;Croats;Croatians|Zagreb
Cuba|Republic of Cuba|Cuban;Cubans|Havana
Cyprus|Republic of Cyprus|Cypriot;Cypriots|Nicosia
Czech Republic|Czechia|Czech;Czechs|Prague
Denmark|Kingdom of Denmark|Danish;Dane;Danes|Copenhagen
Djibouti|Republic of Djibouti|Djiboutian;Djiboutians|Djibouti City
Dominica|Commonwealth of Dominica|Dominican|Roseau
Dominican Republic||Dominican;Dominicans|Santo Domingo
Ecuador|Republic of Ecuador|Ecuadorian;Ecuadorean;Ecuadorians|Quito
Egypt|Arab Republic of Egypt|Egyptian;Egyptians|Cairo
El Salvador|Republic of El Salvador|Salvadoran;Salvadorian;Salvadorans|San Salvador
Equatorial Guinea||Equatorial Guinean;Equatoguinean|Malabo
Eritrea|State of Eritrea|Eritrean;Eritreans|Asmara
Estonia|Republic of Estonia|Estonian;Estonians|Tallinn
Eswatini|Swaziland;Kingdom of Eswatini|Swazi;Swazis|Mbabane;Lobamba
Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian;Ethiopians|Addis Ababa
Fiji|Republic of Fiji|Fijian;Fijians|Suva
Finland|Republic of Finland|Finnish;Finn;Finns|Helsinki
France|French Republic|French;Frenchman;Frenchwoman|Paris
Gabon|Gabonese Republic|Gabonese|Libreville
Gambia|The Gambia;Republic of The Gambia|Gambian;Gambians|Banjul
Georgia|Sakartvelo|Georgian;Georgians|Tbilisi
Germany|Federal Republic of Germany|German;Germans|Berlin
Ghana|Republic of Ghana|Ghanaian;Ghanaians|Accra
Greece|Hellenic Republic;Hellas|Greek;Greeks;Hellenic|Athens
Grenada||Grenadian;Grenadians|St. George's;Saint George's
Guatemala|Republic of Guatemala|Guatemalan;Guatemalans|Guatemala City
Guinea|Republic of Guinea;Guinea-Conakry|Guinean;Guineans|Conakry
Guinea-Bissau|Republic of Guinea-Bissau|Bissau-Guinean|Bissau
Guyana|Co-operative Republic of Guyana|Guyanese|Georgetown
Haiti|Republic of Haiti|Haitian;Haitians|Port-au-Prince
Honduras|Republic of Honduras|Honduran;Hondurans|Tegucigalpa
Hungary||Hungarian;Hungarians;Magyar|Budapest
Iceland||Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
India|Republic of India;Bharat|Indian;Indians|New Delhi
Indonesia|Republic of Indonesia|Indonesian;Indonesians|Jakarta
Iran|Islamic Republic of Iran;Persia|Iranian;Iranians;Persian|Tehran
Iraq|Republic of Iraq|Iraqi;Iraqis|Baghdad
Ireland|Republic of Ireland;Eire|Irish;Irishman|Dublin
Israel|State of Israel|Israeli;Israelis|Jerusalem;Tel Aviv
Italy|Italian Republic|Italian;Italians|Rome
Jamaica||Jamaican;Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani;Kazakhs|Astana;Nur-Sultan
Kenya|Republic of Kenya|Kenyan;Kenyans|Nairobi
Kiribati||I-Kiribati|Tarawa;South Tarawa
North Korea|Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
South Korea|Republic of Korea;ROK|South Korean;South Koreans|Seoul
Kosovo|Republic of Kosovo|Kosovar;Kosovan;Kosovars|Pristina;Prishtina
Kuwait|State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani;Kirghiz|Bishkek
Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian;Laotians|Vientiane
Latvia|Republic of Latvia|Latvian;Latvians;Lett|Riga
Lebanon|Lebanese Republic|Lebanese|Beirut
Lesotho|Kingdom of Lesotho|Basotho;Mosotho|Maseru
Liberia|Republic of Liberia|Liberian;Liberians|Monrovia
Libya|State of Libya|Libyan;Libyans|Tripoli
Liechtenstein|Principality of Liechtenstein|Liechtensteiner;Liechtensteiners|Vaduz
Lithuania|Republic of Lithuania|Lithuanian;Lithuanians|Vilnius
Luxembourg|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger;Luxembourgers|Luxembourg City
Madagascar|Republic of Madagascar|Malagasy|Antananarivo
Malawi|Republic of Malawi|Malawian;Malawians|Lilongwe
Malaysia||Malaysian;Malaysians|Kuala Lumpur;Putrajaya
Maldives|Republic of Maldives|Maldivian;Maldivians|Male;Malé
Mali|Republic of Mali|Malian;Malians|Bamako
Malta|Republic of Malta|Maltese|Valletta
Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro
Mauritania|Islamic Republic of Mauritania|Mauritanian;Mauritanians|Nouakchott
Mauritius|Republic of Mauritius|Mauritian;Mauritians|Port Louis
Mexico|United Mexican States|Mexican;Mexicans|Mexico City
Micronesia|Federated States of Micronesia|Micronesian;Micronesians|Palikir
Moldova|Republic of Moldova|Moldovan;Moldovans|Chisinau;Chișinău
Monaco|Principality of Monaco|Monegasque;Monacan|Monaco
Mongolia||Mongolian;Mongolians;Mongol|Ulaanbaatar;Ulan Bator
Montenegro||Montenegrin;Montenegrins|Podgorica
Morocco|Kingdom of Morocco|Moroccan;Moroccans|Rabat
Mozambique|Republic of Mozambique|Mozambican;Mozambicans|Maputo
Myanmar|Burma;Republic of the Union of Myanmar|Burmese;Myanmar|Naypyidaw;Nay Pyi Taw
Namibia|Republic of Namibia|Namibian;Namibians|Windhoek
Nauru|Republic of Nauru|Nauruan;Nauruans|Yaren
Nepal|Federal Democratic Republic of Nepal|Nepali;Nepalese;Nepalis|Kathmandu
Netherlands|The Netherlands;Holland;Kingdom of the Netherlands|Dutch;Dutchman;Netherlander|Amsterdam;The Hague
New Zealand|Aotearoa|New Zealander;New Zealanders;Kiwi;Kiwis|Wellington
Nicaragua|Republic of Nicaragua|Nicaraguan;Nicaraguans|Managua
Niger|Republic of the Niger|Nigerien;Nigeriens|Niamey
Nigeria|Federal Republic of Nigeria|Nigerian;Nigerians|Abuja
North Macedonia|Macedonia;Republic of North Macedonia|Macedonian;North Macedonian;Macedonians|Skopje
Norway|Kingdom of Norway|Norwegian;Norwegians|Oslo
Oman|Sultanate of Oman|Omani;Omanis|Muscat
Pakistan|Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad
Palau|Republic of Palau|Palauan;Palauans|Ngerulmud
Palestine|State of Palestine;Palestinian Territories|Palestinian;Palestinians|Ramallah;East Jerusalem
Panama|Republic of Panama|Panamanian;Panamanians|Panama City
Papua New Guinea|PNG|Papua New Guinean;Papuan|Port Moresby
Paraguay|Republic of Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción
Peru|Republic of Peru|Peruvian;Peruvians|Lima
Philippines|The Philippines;Republic of the Philippines|Philippine;Filipino;Filipinos;Filipina|Manila
Poland|Republic of Poland|Polish;Pole;Poles|Warsaw
Portugal|Portuguese Republic|Portuguese|Lisbon
Qatar|State of Qatar|Qatari;Qataris|Doha
Romania||Romanian;Romanians|Bucharest
Russia|Russian Federation|Russian;Russians|Moscow
Rwanda|Republic of Rwanda|Rwandan;Rwandans|Kigali
Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis|Kittitian;Nevisian|Basseterre
Saint Lucia|St Lucia;St. Lucia|Saint Lucian;St Lucian|Castries
Saint Vincent and the Grenadines|St Vincent and the Grenadines|Vincentian|Kingstown
Samoa|Independent State of Samoa|Samoan;Samoans|Apia
San Marino|Republic of San Marino|Sammarinese|San Marino
Sao Tome and Principe|São Tomé and Príncipe|Sao Tomean;São Toméan|Sao Tome;São Tomé
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian;Saudis|Riyadh
Senegal|Republic of Senegal|Senegalese|Dakar
Serbia|Republic of Serbia|Serbian;Serb;Serbs;Serbians|Belgrade
Seychelles|Republic of Seychelles|Seychellois|Victoria
Sierra Leone|Republic of Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown
Singapore|Republic of Singapore|Singaporean;Singaporeans|Singapore
Slovakia|Slovak Republic|Slovak;Slovakian;Slovaks|Bratislava
Slovenia|Republic of Slovenia|Slovenian;Slovene;Slovenians;Slovenes|Ljubljana
Solomon Islands||Solomon Islander;Solomon Islanders|Honiara
Somalia|Federal Republic of Somalia|Somali;Somalis|Mogadishu
South Africa|Republic of South Africa|South African;South Africans|Pretoria;Cape Town;Bloemfontein
South Sudan|Republic of South Sudan|South Sudanese|Juba
Spain|Kingdom of Spain;España|Spanish;Spaniard;Spaniards|Madrid
Sri Lanka|Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan;Sri Lankans|Colombo
Sudan|Republic of the Sudan;The Sudan|Sudanese|Khartoum
Suriname|Republic of Suriname;Surinam|Surinamese|Paramaribo
Sweden|Kingdom of Sweden|Swedish;Swede;Swedes|Stockholm
Switzerland|Swiss Confederation|Swiss|Bern;Berne
Syria|Syrian Arab Republic|Syrian;Syrians|Damascus
Taiwan|Republic of China;Chinese Taipei|Taiwanese|Taipei
Tajikistan|Republic of Tajikistan|Tajik;Tajikistani;Tajiks|Dushanbe
Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
Thailand|Kingdom of Thailand;Siam|Thai;Thais|Bangkok
Timor-Leste|East Timor;Timor Leste|Timorese;East Timorese|Dili
Togo|Togolese Republic|Togolese|Lome;Lomé
Tonga|Kingdom of Tonga|Tongan;Tongans|Nuku'alofa
Trinidad and Tobago||Trinidadian;Tobagonian;Trinidadians|Port of Spain;Port-of-Spain
Tunisia|Republic of Tunisia|Tunisian;Tunisians|Tunis
Turkey|Türkiye;Turkiye;Republic of Turkey;Republic of Türkiye|Turkish;Turk;Turks|Ankara
Turkmenistan||Turkmen;Turkmens|Ashgabat
Tuvalu||Tuvaluan;Tuvaluans|Funafuti
Uganda|Republic of Uganda|Ugandan;Ugandans|Kampala
Ukraine||Ukrainian;Ukrainians|Kyiv;Kiev
United Arab Emirates|UAE;Emirates|Emirati;Emiratis|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons|London
United States|United States of America;US;U.S.;USA;U.S.A.;America|American;Americans|Washington
Uruguay|Oriental Republic of Uruguay|Uruguayan;Uruguayans|Montevideo
Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbekistani;Uzbeks|Tashkent
Vanuatu|Republic of Vanuatu|Ni-Vanuatu|Port Vila
Vatican City|Holy See;Vatican|Vatican|Vatican City
Venezuela|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas
Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
Yemen|Republic of Yemen|Yemeni;Yemenis|Sanaa;Sana'a
Zambia|Republic of Zambia|Zambian;Zambians|Lusaka
Zimbabwe|Republic of Zimbabwe|Zimbabwean;Zimbabweans|Harare
"""


def _parse(data: str) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for line in data.strip().splitlines():
        name, aliases, demonyms, capitals = (part.strip() for part in line.split("|"))

        def split(field: str) -> tuple[str, ...]:
            return tuple(x.strip() for x in field.split(";") if x.strip())

        out[name] = Country(
            name=name, aliases=split(aliases), demonyms=split(demonyms), capitals=split(capitals)
        )
    return out


COUNTRIES: dict[str, Country] = _parse(_DATA)
"""Every country by canonical name."""

# Demonyms shared by two countries resolve to the better-known one.
_DEMONYM_PREFERENCE = {"congolese": "Democratic Republic of the Congo", "dominican": "Dominican Republic"}

# Capitals that are also common words or ambiguous city names: never read as a country metonym.
_CAPITAL_NOT_METONYM = frozenset(
    {
        "victoria",
        "kingston",
        "georgetown",
        "male",
        "praia",
        "roseau",
        "santiago",
        "washington d.c.",
        "monaco",
        "singapore",
        "san marino",
        "luxembourg city",
        "djibouti city",
        "vatican city",
        "panama city",
        "kuwait city",
        "guatemala city",
        "mexico city",
    }
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: `Türkiye` -> `turkiye`, `İlham` -> `ilham`."""
    text = text.replace("’", "'").replace("İ", "I").replace("ı", "i").replace("Ə", "A").replace("ə", "a")
    text = unicodedata.normalize("NFC", text)
    return unidecode(text).lower().strip()


def _index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for c in COUNTRIES.values():
        for n in (c.name, *c.aliases):
            names.setdefault(fold(n), c.name)
            if not n.lower().startswith("the "):
                names.setdefault(fold("the " + n), c.name)
        for d in c.demonyms:
            demonyms.setdefault(fold(d), c.name)
        for cap in c.capitals:
            if fold(cap) not in _CAPITAL_NOT_METONYM:
                capitals.setdefault(fold(cap), c.name)
    demonyms.update(_DEMONYM_PREFERENCE)
    return names, demonyms, capitals


_NAMES, _DEMONYMS, _CAPITALS = _index()
_ABBREVIATIONS = frozenset(
    fold(n)
    for c in COUNTRIES.values()
    for n in c.aliases
    if len(n.replace(".", "")) <= 4 and n.replace(".", "").isupper()
)
"""Folded upper-case abbreviations (`US`, `UAE`, `KSA`): a country only when written in capitals, so the
menu entry `Contact Us` names nobody."""

MAX_NAME_TOKENS = max(len(k.split()) for k in (*_NAMES, *_DEMONYMS, *_CAPITALS))
"""Longest country name, demonym or capital in words (for longest-match scans)."""


def is_country(name: str) -> str | None:
    """Canonical country name for a country name or alias (`Türkiye` -> `Turkey`), else None.

    Abbreviations count only in capitals: `US`, `U.S.`, `the US's` are the United States, `Us` is not.
    """
    key = fold(name)
    if key not in _NAMES and "." in key and fold(name + ".") in _NAMES:
        key = fold(name + ".")  # `the U.S` when a tokenizer took the final dot as the sentence's
    if key.removeprefix("the ").removesuffix("'s") in _ABBREVIATIONS:
        core = name.strip().removesuffix("'s").removesuffix("’s").replace(".", "")
        if core[:4].lower() == "the ":
            core = core[4:]
        if not core.isupper():
            return None
    return _NAMES.get(key)


def country_of_demonym(word: str) -> str | None:
    """Country of a demonym or adjective (`Azerbaijani`, `Azeri` -> `Azerbaijan`), else None."""
    return _DEMONYMS.get(fold(word))


def country_of_capital(word: str) -> str | None:
    """Country whose capital this is (`Baku` -> `Azerbaijan`), else None. Ambiguous city names excluded."""
    return _CAPITALS.get(fold(word))


def country_of_any(word: str) -> str | None:
    """Country named by a country name, demonym or capital, else None."""
    return is_country(word) or country_of_demonym(word) or country_of_capital(word)
