"""Where places are: the country of a cloud region or a city an inventory names for where data
is kept ("AWS Frankfurt", "eu-west-2", "Azure Poland Central", "Newark, New Jersey").

Public knowledge, not the words of any one inventory: the cloud providers' published region
names and codes, and the cities and states data centres and offices are commonly named by.
A name that is also a country or a name of several places in different countries ("Georgia",
"Victoria", "Portland") is left out: what is not known for sure is not guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

_US = "United States"
_UK = "United Kingdom"

# Region codes of AWS, Google Cloud and Oracle Cloud, by their leading part and number.
_CODES: dict[str, str] = {
    # AWS
    "us-east-1": _US, "us-east-2": _US, "us-west-1": _US, "us-west-2": _US,
    "us-gov-west-1": _US, "us-gov-east-1": _US,
    "ca-central-1": "Canada", "ca-west-1": "Canada",
    "eu-west-1": "Ireland", "eu-west-2": _UK, "eu-west-3": "France",
    "eu-central-1": "Germany", "eu-central-2": "Switzerland", "eu-north-1": "Sweden",
    "eu-south-1": "Italy", "eu-south-2": "Spain",
    "ap-southeast-1": "Singapore", "ap-southeast-2": "Australia", "ap-southeast-3": "Indonesia",
    "ap-southeast-4": "Australia", "ap-southeast-5": "Malaysia", "ap-northeast-1": "Japan",
    "ap-northeast-2": "South Korea", "ap-northeast-3": "Japan", "ap-south-1": "India",
    "ap-south-2": "India", "ap-east-1": "Hong Kong", "sa-east-1": "Brazil",
    "me-south-1": "Bahrain", "me-central-1": "United Arab Emirates", "af-south-1": "South Africa",
    "il-central-1": "Israel", "mx-central-1": "Mexico",
    # Google Cloud
    "us-central1": _US, "us-east1": _US, "us-east4": _US, "us-east5": _US, "us-south1": _US,
    "us-west1": _US, "us-west2": _US, "us-west3": _US, "us-west4": _US,
    "northamerica-northeast1": "Canada", "northamerica-northeast2": "Canada",
    "southamerica-east1": "Brazil", "southamerica-west1": "Chile",
    "europe-west1": "Belgium", "europe-west2": _UK, "europe-west3": "Germany",
    "europe-west4": "Netherlands", "europe-west6": "Switzerland", "europe-west8": "Italy",
    "europe-west9": "France", "europe-west10": "Germany", "europe-west12": "Italy",
    "europe-north1": "Finland", "europe-central2": "Poland", "europe-southwest1": "Spain",
    "asia-east1": "Taiwan", "asia-east2": "Hong Kong", "asia-northeast1": "Japan",
    "asia-northeast2": "Japan", "asia-northeast3": "South Korea", "asia-south1": "India",
    "asia-south2": "India", "asia-southeast1": "Singapore", "asia-southeast2": "Indonesia",
    "australia-southeast1": "Australia", "australia-southeast2": "Australia",
    "me-west1": "Israel", "me-central1": "Qatar", "africa-south1": "South Africa",
    # Oracle Cloud
    "us-ashburn-1": _US, "us-phoenix-1": _US, "us-sanjose-1": _US, "us-chicago-1": _US,
    "ca-toronto-1": "Canada", "ca-montreal-1": "Canada", "uk-london-1": _UK,
    "uk-cardiff-1": _UK, "eu-frankfurt-1": "Germany", "eu-amsterdam-1": "Netherlands",
    "eu-zurich-1": "Switzerland", "eu-madrid-1": "Spain", "eu-paris-1": "France",
    "eu-milan-1": "Italy", "eu-stockholm-1": "Sweden", "ap-sydney-1": "Australia",
    "ap-melbourne-1": "Australia", "ap-tokyo-1": "Japan", "ap-mumbai-1": "India",
    "ap-singapore-1": "Singapore", "sa-saopaulo-1": "Brazil",
}  # fmt: skip

# Azure region names ("East US 2", "Germany West Central") whose words name no country.
_AZURE: dict[str, str] = {
    "East US": _US, "East US 2": _US, "West US": _US, "West US 2": _US, "West US 3": _US,
    "Central US": _US, "North Central US": _US, "South Central US": _US,
    "West Central US": _US, "North Europe": "Ireland", "West Europe": "Netherlands",
    "Southeast Asia": "Singapore", "East Asia": "Hong Kong",
}  # fmt: skip

# Cities and states, each in one country only.
_CITIES: dict[str, str] = {
    _US: "Virginia|Northern Virginia|N\\. Virginia|Ashburn|Ohio|Columbus|Oregon|Boardman|"
    "California|N\\. California|Northern California|Iowa|Council Bluffs|Arizona|Phoenix|"
    "Texas|Dallas|Austin|Houston|San Antonio|Illinois|Chicago|New York|New Jersey|Newark|"
    "Atlanta|Seattle|San Jose|Santa Clara|Silicon Valley|Los Angeles|San Francisco|Denver|"
    "Salt Lake City|Las Vegas|Nevada|Utah|Miami|Boston|Massachusetts|Nashville|Tennessee|"
    "Minneapolis|Kansas City|Charlotte|North Carolina|South Carolina|Pennsylvania|Philadelphia|"
    "Pittsburgh|Detroit|Michigan|Colorado|Wisconsin|Minnesota|Missouri|St\\. Louis|Omaha|"
    "Nebraska|Oklahoma|Indiana|Kentucky|Maryland|Baltimore|Washington, D\\.C\\.|Florida|"
    "Alabama|Louisiana|Connecticut|Delaware|Vint Hill|Reston|Manassas",
    "Canada": "Toronto|Montreal|Montréal|Vancouver|Quebec|Québec|Ontario|British Columbia|"
    "Alberta|Calgary|Edmonton|Ottawa|Halifax|Nova Scotia|Winnipeg|Manitoba|Beauharnois|"
    "Saskatchewan|Saskatoon|Kitchener|Waterloo|Mississauga",
    _UK: "London|Manchester|Cardiff|Edinburgh|Glasgow|Leeds|Bristol|Slough|"
    "England|Scotland|Wales|Northern Ireland|Belfast",
    "Ireland": "Dublin|Cork|Galway|Limerick",
    "Germany": "Frankfurt|Frankfurt am Main|Berlin|Munich|München|Hamburg|Cologne|Köln|"
    "Düsseldorf|Dusseldorf|Stuttgart|Nuremberg|Nürnberg|Falkenstein|Magdeburg|Leipzig|Dresden|"
    "Hanover|Hannover|Karlsruhe|Bavaria",
    "Netherlands": "Amsterdam|Rotterdam|Eemshaven|The Hague|Utrecht|Groningen",
    "Belgium": "Brussels|Antwerp|St\\. Ghislain|Saint-Ghislain",
    "France": "Paris|Marseille|Lyon|Roubaix|Strasbourg|Gravelines|Toulouse|Bordeaux|Lille",
    "Luxembourg": "Luxembourg City",
    "Switzerland": "Zurich|Zürich|Geneva|Genève|Basel|Bern|Lausanne",
    "Austria": "Vienna|Wien|Graz|Salzburg",
    "Italy": "Milan|Milano|Rome|Turin|Torino",
    "Spain": "Madrid|Barcelona|Seville|Aragón|Aragon",
    "Portugal": "Lisbon|Lisboa|Porto",
    "Sweden": "Stockholm|Gothenburg|Göteborg|Malmö|Malmo|Gävle|Sandviken",
    "Norway": "Oslo|Bergen|Stavanger",
    "Denmark": "Copenhagen|Aarhus|Odense",
    "Finland": "Helsinki|Hamina|Espoo|Tampere|Lappeenranta",
    "Iceland": "Reykjavik|Reykjavík",
    "Poland": "Warsaw|Warszawa|Kraków|Krakow|Gdańsk|Gdansk|Wrocław|Wroclaw|Poznań|Poznan|Łódź",
    "Czechia": "Prague|Praha|Brno",
    "Hungary": "Budapest",
    "Romania": "Bucharest|Cluj-Napoca",
    "Greece": "Athens",
    "Estonia": "Tallinn",
    "Latvia": "Riga",
    "Lithuania": "Vilnius",
    "Ukraine": "Kyiv|Kiev|Lviv|Kharkiv",
    "Israel": "Tel Aviv",
    "United Arab Emirates": "Dubai|Abu Dhabi",
    "Saudi Arabia": "Riyadh|Jeddah",
    "Qatar": "Doha",
    "Bahrain": "Manama",
    "India": "Mumbai|Navi Mumbai|Pune|Bengaluru|Bangalore|Chennai|Hyderabad|New Delhi|Delhi|"
    "Noida|Greater Noida|Gurugram|Gurgaon|Kolkata|Ahmedabad",
    "Singapore": "Jurong",
    "Japan": "Tokyo|Osaka|Kyoto|Yokohama",
    "South Korea": "Seoul|Busan",
    "Taiwan": "Taipei|Changhua",
    "Hong Kong": "Kowloon",
    "China": "Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou",
    "Indonesia": "Jakarta",
    "Malaysia": "Kuala Lumpur|Johor",
    "Philippines": "Manila|Cebu|Makati",
    "Thailand": "Bangkok",
    "Vietnam": "Hanoi|Ho Chi Minh City",
    "Australia": "Sydney|Melbourne|Canberra|Brisbane|Adelaide|New South Wales|Queensland",
    "New Zealand": "Auckland|Wellington|Christchurch",
    "Brazil": "São Paulo|Sao Paulo|Rio de Janeiro|Curitiba|Campinas|Fortaleza|Porto Alegre",
    "Mexico": "Mexico City|Querétaro|Queretaro|Monterrey|Guadalajara",
    "Colombia": "Bogotá|Bogota|Medellín|Medellin",
    "Argentina": "Buenos Aires",
    "South Africa": "Johannesburg|Cape Town|Pretoria|Durban",
    "Kenya": "Nairobi",
    "Nigeria": "Lagos",
    "Egypt": "Cairo",
}

_BY_NAME: dict[str, str] = {
    **{k.casefold(): v for k, v in _CODES.items()},
    **{k.casefold(): v for k, v in _AZURE.items()},
    **{re.sub(r"\\(.)", r"\1", name).casefold(): country
       for country, names in _CITIES.items() for name in names.split("|")},
}  # fmt: skip

_CODE_TEXT = "|".join(re.escape(k) for k in sorted(_CODES, key=len, reverse=True))
_AZURE_TEXT = "|".join(re.escape(k) for k in sorted(_AZURE, key=len, reverse=True))
_CITY_TEXT = "|".join(
    sorted((n for names in _CITIES.values() for n in names.split("|")), key=len, reverse=True)
)
PLACE_NAME_RX = re.compile(
    rf"(?<![\w-])(?:{_CODE_TEXT})(?![\w-])|\b(?:{_AZURE_TEXT})\b(?!\s*\d)|\b(?:{_CITY_TEXT})\b"
)


def country_of(name: str) -> str | None:
    """The country a cloud region or a city `PLACE_NAME_RX` found is in."""
    return _BY_NAME.get(name.casefold())


@lru_cache(maxsize=1 << 12)
def named_places(text: str) -> tuple[tuple[int, str], ...]:
    """Each region or city a text names, with where it starts and the country it is in."""
    found = []
    for m in PLACE_NAME_RX.finditer(text):
        country = country_of(m[0])
        if country is not None:
            found.append((m.start(), country))
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def place_names(text: str) -> frozenset[str]:
    """The regions and cities a text names, case folded ("Colorado" → "colorado")."""
    return frozenset(m[0].casefold() for m in PLACE_NAME_RX.finditer(text))
