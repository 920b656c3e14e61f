"""Fixed texts the demo generator picks from: titles, summaries, subjects, reasons."""

from __future__ import annotations

WEBINARS = (
    "Webinar: Quản lý tài chính cá nhân",
    "Webinar: Chuyển đổi số cho doanh nghiệp nhỏ",
    "Webinar: Kỹ năng đàm phán lương",
    "Webinar: Đầu tư chứng khoán cho người mới",
    "Webinar: Marketing trên TikTok và Zalo",
    "Webinar: Luật Bảo vệ dữ liệu cá nhân 2025",
    "Webinar: Quản trị thời gian hiệu quả",
    "Webinar: Xuất khẩu sang thị trường EU",
)
WORKSHOPS = (
    "Workshop: Kỹ năng thuyết trình",
    "Workshop: Excel nâng cao cho kế toán",
    "Workshop: Thiết kế sản phẩm số",
    "Workshop: Khởi nghiệp tinh gọn",
    "Workshop: Viết nội dung bán hàng",
    "Workshop: Lãnh đạo nhóm từ xa",
)
MATERIALS = (
    "Tài liệu: Cẩm nang khởi nghiệp",
    "Bản tin CLB4U hàng tháng",
    "Sách điện tử: 50 mẫu hợp đồng",
    "Tài liệu: Bộ mẫu báo cáo tài chính",
    "Khóa học video: Tiếng Anh thương mại",
)
SUBSCRIPTION_KINDS = (("webinar", WEBINARS), ("workshop", WORKSHOPS), ("material", MATERIALS))
SUBSCRIPTION_STATUSES = ("active", "active", "ended", "ended", "ended", "cancelled")

MEMBERSHIP_ITEMS = (
    "Gói hội viên CLB4U 12 tháng",
    "Gói hội viên CLB4U 6 tháng",
    "Phí in ấn tài liệu",
    "Phí chứng nhận hoàn thành khóa học",
)
# Typical prices in VND (whole thousands, as invoices are written).
PRICES_VND = (
    150_000,
    250_000,
    390_000,
    500_000,
    990_000,
    1_500_000,
    2_500_000,
    4_900_000,
    12_000_000,
)

CARD_BRANDS = ("visa", "visa", "visa", "mastercard", "mastercard", "jcb", "amex", "napas")

COMMUNICATION_CHANNELS = (
    ("email",) * 10
    + ("sms",) * 3
    + ("phone",) * 3
    + ("mobile", "mobile", "voicemail", "post", "fax")
)
SUMMARIES = {
    "email": (
        "Gửi xác nhận đăng ký",
        "Khách hàng hỏi về hóa đơn",
        "Gửi bản tin tháng",
        "Nhắc lịch webinar",
        "Khách hàng gửi phản hồi về khóa học",
        "Gửi hóa đơn điện tử",
    ),
    "sms": ("Nhắc lịch workshop", "Mã khuyến mãi tháng", "Xác nhận thanh toán"),
    "phone": (
        "Gọi lại tư vấn gói hội viên",
        "Khách hàng gọi hỏi lịch học",
        "Khách hàng khiếu nại về thanh toán",
    ),
    "mobile": ("Thông báo đẩy trên ứng dụng: lịch webinar", "Tin nhắn Zalo xác nhận đăng ký"),
    "voicemail": ("Tin nhắn thoại: đề nghị gọi lại", "Tin nhắn thoại: hỏi về hóa đơn"),
    "post": (
        "Gửi thẻ hội viên qua bưu điện",
        "Thư xác nhận hoàn tiền",
        "Khách hàng gửi thư yêu cầu sửa địa chỉ",
    ),
    "fax": ("Fax xác nhận thanh toán chuyển khoản", "Fax hợp đồng đào tạo doanh nghiệp"),
}

# (purpose, channel, probability the customer has this consent, probability it is granted)
CONSENT_PLAN = (
    ("service", "email", 0.95, 0.99),
    ("marketing", "email", 0.55, 0.8),
    ("marketing", "sms", 0.22, 0.7),
    ("statistics", "email", 0.3, 0.9),
    ("targeted_ads", "mobile", 0.18, 0.6),
    ("product_development", "email", 0.12, 0.85),
    ("marketing", "post", 0.04, 0.7),
    ("marketing", "phone", 0.04, 0.5),
    ("targeted_ads", "email", 0.06, 0.6),
    ("marketing", "voicemail", 0.01, 0.5),
    ("marketing", "fax", 0.005, 0.5),
)
CONSENT_SOURCES = ("web_signup", "paper_form", "mobile_app", "call_center", "event_checkin")

AD_SEGMENTS = (
    "Quan tâm: tài chính cá nhân",
    "Doanh nhân trẻ",
    "Khách hàng thân thiết",
    "Sinh viên",
    "Phụ huynh",
    "Người yêu công nghệ",
    "Quan tâm: du học",
    "Chủ doanh nghiệp nhỏ",
)
AD_SOURCES = ("internal_model", "google_ads", "facebook_ads", "zalo_ads")

POLLS = (
    (
        "Khảo sát hài lòng sau webinar",
        "Bạn đánh giá nội dung buổi webinar thế nào?",
        ("Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"),
    ),
    (
        "Khảo sát nhu cầu đào tạo 2025",
        "Bạn muốn học chủ đề nào tiếp theo?",
        ("Tài chính", "Marketing", "Kỹ năng mềm", "Ngoại ngữ", "Chưa biết"),
    ),
    (
        "Khảo sát kênh liên lạc",
        "Bạn muốn nhận thông báo qua kênh nào?",
        ("Email", "Zalo", "SMS", "Không muốn nhận"),
    ),
)

BOARDS = ("Diễn đàn khởi nghiệp", "Hỏi đáp kế toán", "Góc chia sẻ kinh nghiệm", "Tuyển dụng")
POST_TITLES = (
    "Xin tài liệu buổi workshop",
    "Hỏi về cách lập báo cáo thuế",
    "Chia sẻ kinh nghiệm gọi vốn",
    "Cần tìm bạn học nhóm",
    "Góp ý cho CLB4U",
)
POST_BODIES = (
    "Mọi người cho mình xin slide buổi trước với ạ.",
    "Công ty mình mới thành lập, cần kê khai thuế thế nào?",
    "Cảm ơn ban tổ chức, nội dung rất hữu ích & thực tế.",
    "Có ai ở Hà Nội muốn học nhóm cuối tuần không?",
)

TICKET_SUBJECTS = (
    "Không nhận được email xác nhận",
    "Yêu cầu xuất hóa đơn VAT",
    "Đổi lịch workshop",
    "Quên mật khẩu tài khoản",
    "Bị trừ tiền hai lần",
    "Muốn hủy đăng ký nhận bản tin",
)
TICKET_STATUSES = ("closed", "closed", "closed", "open", "pending")

# (recipient, legal basis, categories disclosed)
DISCLOSURES = (
    ("Cục Thuế TP. Hồ Chí Minh", "Luật Quản lý thuế 38/2019/QH14", "identity,invoices"),
    ("Công ty TNHH Giao Hàng Nhanh", "Thực hiện hợp đồng", "identity"),
    (
        "Ngân hàng TMCP Ngoại thương Việt Nam",
        "Giải quyết tranh chấp thanh toán",
        "identity,payments",
    ),
    ("Zoom Video Communications", "Thực hiện hợp đồng (tổ chức webinar)", "identity,subscriptions"),
    (
        "Công an TP. Hà Nội",
        "Yêu cầu bằng văn bản của cơ quan có thẩm quyền",
        "identity,communications",
    ),
)

RESTRICTIONS = (
    ("ad_segments", None, "Khách hàng phản đối xử lý cho quảng cáo nhắm mục tiêu"),
    (None, "marketing", "Khách hàng yêu cầu hạn chế xử lý cho tiếp thị"),
    ("communications", None, "Khách hàng yêu cầu hạn chế trong thời gian xác minh khiếu nại"),
)
LEGAL_HOLDS = (
    ("payments", "Tranh chấp thanh toán với ngân hàng phát hành thẻ"),
    ("invoices", "Thanh tra thuế đang diễn ra"),
    ("communications", "Khiếu nại đang được giải quyết"),
)

OCCUPATIONS_VI = (
    "Kỹ sư phần mềm",
    "Giáo viên",
    "Kế toán",
    "Bác sĩ",
    "Nhân viên kinh doanh",
    "Sinh viên",
    "Chủ doanh nghiệp",
    "Nhà thiết kế",
    "Dược sĩ",
    "Luật sư",
    "Công chức",
    "Nhân viên văn phòng",
    "Kiến trúc sư",
    "Điều dưỡng",
)
OCCUPATIONS_EN = (
    "Software engineer",
    "Teacher",
    "Accountant",
    "Consultant",
    "Student",
    "Designer",
    "Lawyer",
    "Nurse",
    "Sales manager",
)
JOB_TITLES_VI = (
    "Nhân viên",
    "Chuyên viên",
    "Trưởng phòng",
    "Phó giám đốc",
    "Giám đốc",
    "Thực tập sinh",
    "Trưởng nhóm",
)
JOB_TITLES_EN = ("Associate", "Manager", "Director", "Intern", "Team lead")
INCOME_BANDS = ("lt10m", "10-20m", "20-40m", "gt40m")
