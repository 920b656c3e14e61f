"""Pools of invented names, streets, wards, cities and companies, built once per seed.

Faker is far too slow to call per row (a million customers would take hours), so it
only fills these pools; the generator then picks from them with its own seeded
``random.Random``. Faker's vi_VN name lists are short, so they are merged with
common Vietnamese names listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from clb4u_desk.domain.text import fold

VN_FAMILY_NAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trương",
    "Lâm",
    "Mai",
    "Tô",
    "Cao",
    "Chu",
    "Lương",
    "Tạ",
    "Hà",
    "Quách",
    "Kiều",
    "Đoàn",
    "Trịnh",
    "La",
    "Thái",
    "Châu",
    "Lục",
)
# Roughly how common the first family names are; the rest share what is left.
VN_FAMILY_WEIGHTS = (38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 1)
VN_MIDDLE_MALE = (
    "Văn",
    "Đức",
    "Minh",
    "Quốc",
    "Hữu",
    "Thanh",
    "Công",
    "Gia",
    "Hoàng",
    "Xuân",
    "Quang",
    "Tấn",
    "Thế",
    "Trí",
    "Hải",
    "Phú",
)
VN_MIDDLE_FEMALE = (
    "Thị",
    "Ngọc",
    "Thu",
    "Thanh",
    "Minh",
    "Kim",
    "Phương",
    "Mỹ",
    "Bảo",
    "Diệu",
    "Hồng",
    "Khánh",
    "Thùy",
    "Hoài",
)
VN_GIVEN_MALE = (
    "An",
    "Bảo",
    "Bình",
    "Cường",
    "Dũng",
    "Duy",
    "Đạt",
    "Hải",
    "Hiếu",
    "Hòa",
    "Hùng",
    "Huy",
    "Khang",
    "Khoa",
    "Kiên",
    "Long",
    "Lộc",
    "Minh",
    "Nam",
    "Nghĩa",
    "Phát",
    "Phong",
    "Phúc",
    "Quân",
    "Quang",
    "Sơn",
    "Tài",
    "Thắng",
    "Thành",
    "Thịnh",
    "Toàn",
    "Trí",
    "Trung",
    "Tuấn",
    "Tùng",
    "Việt",
    "Vinh",
    "Vũ",
    "Hưng",
    "Tú",
    "Hoàng",
    "Anh",
)
VN_GIVEN_FEMALE = (
    "Anh",
    "Ánh",
    "Chi",
    "Dung",
    "Duyên",
    "Giang",
    "Hà",
    "Hạnh",
    "Hằng",
    "Hiền",
    "Hoa",
    "Hồng",
    "Hương",
    "Huyền",
    "Lan",
    "Liên",
    "Linh",
    "Loan",
    "Ly",
    "Mai",
    "My",
    "Nga",
    "Ngân",
    "Ngọc",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Quỳnh",
    "Tâm",
    "Thảo",
    "Thu",
    "Thủy",
    "Trang",
    "Trinh",
    "Uyên",
    "Vân",
    "Vy",
    "Xuân",
    "Yến",
)
# Names that many customers share, so look-ups must cope with homonyms.
SHARED_NAMES = (
    "Nguyễn Văn An",
    "Nguyễn Thị Lan",
    "Trần Văn Hùng",
    "Lê Thị Hương",
    "Phạm Minh Tuấn",
    "Nguyễn Thị Mai",
    "Hoàng Văn Nam",
    "Đặng Thị Ánh",
)
# Names with characters that break naive HTML/PDF/CSV handling.
MARKUP_NAMES = (
    "<b>Lê & Co</b>",
    "Công ty <Ánh Dương> & Cộng sự",
    'Trần "Tí" <script>',
    "Phạm & Phạm <i>Hợp danh</i>",
    "Nguyễn Văn A & B <c@d>",
    "Đỗ 'Bé' &amp; Gia đình",
)
VN_EMAIL_DOMAINS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com.vn",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "fpt.vn",
    "vnn.vn",
    "icloud.com",
)
EU_EMAIL_DOMAINS = ("web.de", "gmx.de", "orange.fr", "free.fr", "libero.it", "gmail.com")
US_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net")
# Faker's en_US cities are invented ("Kennedyfurt"); Californian customers need real ones.
CA_CITIES = (
    "Los Angeles",
    "San Francisco",
    "San Diego",
    "San Jose",
    "Sacramento",
    "Oakland",
    "Fresno",
    "Irvine",
    "Long Beach",
    "Santa Clara",
    "Berkeley",
    "Pasadena",
)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def email_part(text: str) -> str:
    """The ASCII letters and digits of a name part, for building invented email addresses."""
    return _NON_ALNUM.sub("", fold(text))


@dataclass(frozen=True)
class ForeignPools:
    """Names and addresses for one foreign locale (EU countries, California)."""

    country: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    streets: tuple[str, ...]
    cities: tuple[str, ...]
    postcodes: tuple[str, ...]


@dataclass(frozen=True)
class Pools:
    vn_streets: tuple[str, ...]
    vn_wards: tuple[str, ...]
    vn_cities: tuple[str, ...]
    vn_postcodes: tuple[str, ...]
    vn_companies: tuple[str, ...]
    vn_given_male: tuple[str, ...]
    vn_given_female: tuple[str, ...]
    vn_middle_male: tuple[str, ...]
    vn_middle_female: tuple[str, ...]
    eu: tuple[ForeignPools, ...]
    us_ca: ForeignPools


def _unique(values: Any) -> tuple[str, ...]:
    # dict keeps first-seen order, so the pools (and the data) stay deterministic.
    return tuple(dict.fromkeys(str(v) for v in values))


def _foreign(faker_cls: Any, locale: str, country: str, seed: int, size: int) -> ForeignPools:
    faker = faker_cls(locale)
    faker.seed_instance(seed)
    californian = country == "US"
    return ForeignPools(
        country=country,
        given=_unique(faker.first_name() for _ in range(size)),
        family=_unique(faker.last_name() for _ in range(size)),
        streets=_unique(faker.street_name() for _ in range(size)),
        cities=CA_CITIES if californian else _unique(faker.city() for _ in range(size // 2)),
        postcodes=_unique(
            faker.postcode_in_state("CA") if californian else faker.postcode() for _ in range(size)
        ),
    )


def build_pools(seed: int, size: int = 300) -> Pools:
    """Fill every pool from Faker seeded with ``seed``: same seed, same pools."""
    from faker import Faker  # imported here: it takes a while and only seeding needs it
    from faker.providers.person.vi_VN import Provider as VnPerson

    vn = Faker("vi_VN")
    vn.seed_instance(seed)
    return Pools(
        vn_streets=_unique(vn.street_name() for _ in range(size)),
        vn_wards=_unique(vn.commune() for _ in range(size)),
        vn_cities=_unique(
            [vn.city() for _ in range(size // 3)] + [vn.province() for _ in range(size // 3)]
        ),
        vn_postcodes=_unique(vn.postcode() for _ in range(size)),
        vn_companies=_unique(vn.company() for _ in range(size // 2)),
        vn_given_male=_unique(VN_GIVEN_MALE + tuple(VnPerson.first_names_male)),
        vn_given_female=_unique(VN_GIVEN_FEMALE + tuple(VnPerson.first_names_female)),
        vn_middle_male=_unique(VN_MIDDLE_MALE),
        vn_middle_female=_unique(VN_MIDDLE_FEMALE),
        eu=(
            _foreign(Faker, "de_DE", "DE", seed, size),
            _foreign(Faker, "fr_FR", "FR", seed, size),
            _foreign(Faker, "it_IT", "IT", seed, size),
        ),
        us_ca=_foreign(Faker, "en_US", "US", seed, size),
    )
