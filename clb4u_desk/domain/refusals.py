"""The text a requester receives when a request item is refused, with where to complain.

Pure rules. GDPR Art. 12(4) and the Vietnamese law both require a refusal to give its
reasons and to say where the requester can complain; CCPA answers that deny a request
say why as well. The complaint route depends on the regimes that apply to the case,
so it is added here, never typed by the agent (and so never forgotten).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.free_text import checked_text, paragraph
from clb4u_desk.domain.rights import Regime, Right

MAX_REASON = 2_000
MAX_LEGAL_GROUND = 300
_THE_REASON = QT_TRANSLATE_NOOP("errors", "The reason")
_THE_LEGAL_GROUND = QT_TRANSLATE_NOOP("errors", "The legal ground")


@dataclass(frozen=True, slots=True)
class ComplaintRoute:
    regime: Regime
    text_vi: str
    text_en: str


COMPLAINT_ROUTES: Mapping[Regime, ComplaintRoute] = MappingProxyType(
    {
        Regime.VN: ComplaintRoute(
            Regime.VN,
            "Bộ Công an – Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05)",
            "the Ministry of Public Security – Department of Cyber Security and High-Tech Crime "
            "Prevention (A05)",
        ),
        Regime.GDPR: ComplaintRoute(
            Regime.GDPR,
            "cơ quan giám sát bảo vệ dữ liệu của quốc gia thành viên EU nơi Quý khách cư trú, "
            "làm việc hoặc nơi xảy ra vi phạm; Quý khách cũng có quyền khởi kiện ra tòa án",
            "the data protection supervisory authority of the EU Member State where you live or "
            "work or where the alleged infringement took place; you may also seek a judicial "
            "remedy",
        ),
        Regime.CCPA: ComplaintRoute(
            Regime.CCPA,
            "Tổng chưởng lý bang California (California Attorney General) hoặc Cơ quan Bảo vệ "
            "Quyền riêng tư California (CPPA)",
            "the California Attorney General or the California Privacy Protection Agency (CPPA)",
        ),
    }
)

_RIGHT_VI: Mapping[Right, str] = MappingProxyType(
    {
        Right.ACCESS: "truy cập dữ liệu cá nhân",
        Right.COPY: "cung cấp bản sao dữ liệu cá nhân",
        Right.RECTIFICATION: "chỉnh sửa dữ liệu cá nhân",
        Right.RESTRICTION: "hạn chế xử lý dữ liệu cá nhân",
        Right.OBJECTION: "phản đối xử lý dữ liệu cá nhân",
        Right.ERASURE: "xóa dữ liệu cá nhân",
        Right.CONSENT_WITHDRAWAL: "rút lại sự đồng ý",
    }
)
_RIGHT_EN: Mapping[Right, str] = MappingProxyType(
    {
        Right.ACCESS: "access to your personal data",
        Right.COPY: "a copy of your personal data",
        Right.RECTIFICATION: "correction of your personal data",
        Right.RESTRICTION: "restriction of the processing of your personal data",
        Right.OBJECTION: "objection to the processing of your personal data",
        Right.ERASURE: "erasure of your personal data",
        Right.CONSENT_WITHDRAWAL: "withdrawal of your consent",
    }
)
_ORDER = (Regime.VN, Regime.GDPR, Regime.CCPA)


@dataclass(frozen=True, slots=True)
class RefusalText:
    """What the requester is told, in Vietnamese and in English."""

    text_vi: str
    text_en: str
    routes: tuple[Regime, ...]


def _one_paragraph(text: str) -> str:
    return " ".join(text.split())


def check_refusal_input(reason: str, legal_ground: str) -> tuple[str, str]:
    """The reason and legal ground, tidied; a refusal without either is refused."""
    reason, legal_ground = _one_paragraph(reason), _one_paragraph(legal_ground)
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A refusal needs a reason for the requester.")
        )
    if not legal_ground:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A refusal needs its legal ground (for example: GDPR "
                "Art. 12(5), manifestly unfounded; Law 91/2025 Art. 4 exception).",
            )
        )
    # The rest is the free-text policy: the limits, and no card number in a letter.
    return (
        checked_text(reason, paragraph(_THE_REASON, MAX_REASON)),
        checked_text(legal_ground, paragraph(_THE_LEGAL_GROUND, MAX_LEGAL_GROUND)),
    )


def complaint_routes(regimes: Iterable[Regime]) -> tuple[ComplaintRoute, ...]:
    """Vietnam's route always (the company is there), then the requester's other regimes."""
    chosen = set(regimes) | {Regime.VN}
    return tuple(COMPLAINT_ROUTES[regime] for regime in _ORDER if regime in chosen)


def refusal_text(
    right: Right, reason: str, legal_ground: str, regimes: Iterable[Regime]
) -> RefusalText:
    """The refusal as sent: the agent's reason as written, the legal ground, where to complain."""
    reason, legal_ground = check_refusal_input(reason, legal_ground)
    if not reason.endswith((".", "!", "?", "…")):
        reason += "."  # the legal ground follows as a sentence of its own
    routes = complaint_routes(regimes)
    text_vi = (
        f"Chúng tôi rất tiếc không thể đáp ứng yêu cầu {_RIGHT_VI[right]} của Quý khách. "
        f"Lý do: {reason} Căn cứ pháp lý: {legal_ground}. "
        "Nếu không đồng ý với quyết định này, Quý khách có quyền khiếu nại đến: "
        + "; ".join(route.text_vi for route in routes)
        + "."
    )
    text_en = (
        f"We are sorry that we cannot meet your request for {_RIGHT_EN[right]}. "
        f"Reason: {reason} Legal ground: {legal_ground}. "
        "If you disagree with this decision, you have the right to complain to: "
        + "; ".join(route.text_en for route in routes)
        + "."
    )
    return RefusalText(text_vi, text_en, tuple(route.regime for route in routes))
