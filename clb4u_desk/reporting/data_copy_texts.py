"""The data copy's wording, in Vietnamese and English.

:data:`TEXTS` holds every label, heading and paragraph of the letter, the section on how
the data is processed, the record sections and the page furniture, keyed by name;
:data:`PURPOSES` and :data:`RIGHTS` are the bulleted lists taken from the privacy policy.
:func:`records_text` and :func:`exports_text` choose among them (singular or plural;
how the machine-readable copy travels). Texts only: no layout, no reportlab. (The
categories' own names are :data:`clb4u_desk.domain.labels.CATEGORIES`, shared
with the GUI, the deletion certificate and the erasure plan.)
"""

from __future__ import annotations

from clb4u_desk.reporting.document import Exports, Language

TEXTS: dict[Language, dict[str, str]] = {
    "vi": {
        "title": "Bản sao dữ liệu cá nhân",
        "case": "Mã hồ sơ",
        "issued": "Ngày phát hành",
        "received": "Ngày nhận yêu cầu",
        "subject": "Mã khách hàng",
        "dear": "Kính gửi {name},",
        "intro": (
            "CLB4U đã nhận được yêu cầu của bạn về việc truy cập và nhận bản sao dữ liệu cá "
            "nhân. Tài liệu này gồm toàn bộ dữ liệu cá nhân mà CLB4U đang lưu giữ về bạn tại "
            "thời điểm phát hành, cùng với thông tin về mục đích xử lý, người nhận, thời hạn "
            "lưu trữ, nguồn gốc dữ liệu và các quyền của bạn."
        ),
        "exports_attached": (
            "Bản sao dạng máy đọc được ({files}) được đính kèm bên trong chính tệp PDF này, "
            "để bạn có thể chuyển dữ liệu cho một tổ chức khác. Để mở các tệp đính kèm, hãy "
            "dùng bảng “Tệp đính kèm” (Attachments) của trình đọc PDF, ví dụ biểu tượng kẹp "
            "giấy trong Adobe Acrobat Reader; bản in của tài liệu không có các tệp này."
        ),
        "exports_separate": (
            "Bản sao dạng máy đọc được ({files}) được gửi cho bạn dưới dạng các tệp riêng, "
            "cùng với tài liệu này, để bạn có thể chuyển dữ liệu cho một tổ chức khác."
        ),
        "exports_none": (
            "Nếu bạn cần bản sao dạng máy đọc được (tệp JSON và CSV) để chuyển dữ liệu cho "
            "một tổ chức khác, vui lòng cho chúng tôi biết."
        ),
        "files_json": "một tệp JSON",
        "files_csv": "một tệp CSV cho mỗi loại dữ liệu",
        "files_both": "một tệp JSON và một tệp CSV cho mỗi loại dữ liệu",
        "times": "Ngày giờ trong tài liệu được ghi theo giờ Việt Nam (UTC+7).",
        "questions": (
            "Nếu có câu hỏi, vui lòng liên hệ support@clb4u.com và ghi rõ mã hồ sơ {case}."
        ),
        "regards": "Trân trọng,",
        "signature": "CLB4U – Bộ phận hỗ trợ khách hàng",
        "about": "Thông tin về việc xử lý dữ liệu của bạn",
        "purposes": "Mục đích xử lý",
        "purposes_intro": ("Theo Chính sách Bảo mật của CLB4U, thông tin cá nhân được sử dụng để:"),
        "held": "Các loại dữ liệu chúng tôi lưu giữ",
        "col_category": "Loại dữ liệu",
        "col_count": "Số bản ghi",
        "col_until": "Lưu trữ đến",
        "col_status": "Tình trạng",
        "restricted": "Hạn chế xử lý (chỉ lưu trữ)",
        "legal_hold": "Đang giữ lại do tranh chấp hoặc khiếu nại",
        "active": "Đang xử lý",
        "recipients": "Người nhận dữ liệu",
        "recipients_policy": (
            "Thông tin thanh toán chỉ được chia sẻ với các bên thứ ba giúp hoàn tất giao dịch "
            "mua (ví dụ hoàn tất đơn hàng và xử lý thanh toán thẻ). Thông tin thanh toán và "
            "thẻ không được tiết lộ trừ khi luật pháp hoặc lệnh của tòa án yêu cầu, hoặc khi "
            "cần để giải quyết một vấn đề liên quan đến giao dịch tài chính. Các nhà quảng "
            "cáo chỉ nhận thông tin chung, tổng hợp về người đăng ký, không nhận dữ liệu của "
            "riêng bạn."
        ),
        "recipients_logged": "Các lần chia sẻ dữ liệu của bạn đã được ghi nhận:",
        "recipients_none": "Không có lần chia sẻ dữ liệu của bạn nào được ghi nhận.",
        "standing": "thường xuyên",
        "retention": "Thời hạn lưu trữ",
        "retention_default": (
            "Chúng tôi lưu giữ dữ liệu trong thời gian cần cho các mục đích trên và theo thời "
            "hạn mà pháp luật yêu cầu; thời hạn cho từng loại dữ liệu có trong bảng ở trên."
        ),
        "sources": "Nguồn gốc dữ liệu",
        "sources_default": (
            "Dữ liệu do chính bạn cung cấp cho chúng tôi, ví dụ khi đăng ký tài khoản, mua "
            "dịch vụ, gửi email hoặc điền biểu mẫu trên trang web."
        ),
        "rights": "Quyền của bạn",
        "rights_how": (
            "Để thực hiện các quyền này, hãy liên hệ support@clb4u.com với tiêu đề “Yêu cầu "
            "Chủ đề Dữ liệu”. Một số dữ liệu phải được lưu giữ trong vài năm theo luật, hoặc "
            "để hoàn tất giao dịch bạn đã bắt đầu trước khi yêu cầu."
        ),
        "complain": "Nơi khiếu nại",
        "complain_vn": (
            "Tại Việt Nam: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao "
            "(A05), Bộ Công an – cơ quan chuyên trách bảo vệ dữ liệu cá nhân. Bạn cũng có "
            "quyền yêu cầu bồi thường thiệt hại theo quy định của pháp luật."
        ),
        "complain_eu": (
            "Nếu bạn cư trú tại Liên minh châu Âu: cơ quan giám sát bảo vệ dữ liệu của quốc "
            "gia thành viên nơi bạn cư trú, làm việc hoặc nơi xảy ra vi phạm (GDPR Điều 77); "
            "bạn cũng có quyền khởi kiện ra tòa án."
        ),
        "complain_ca": (
            "Nếu bạn cư trú tại California: Cơ quan Bảo vệ Quyền riêng tư California (CPPA) "
            "hoặc Tổng chưởng lý California."
        ),
        "data": "Dữ liệu của bạn",
        "data_intro": (
            "Dưới đây là mọi bản ghi mà CLB4U đang lưu giữ về bạn, theo từng loại dữ liệu."
        ),
        "records": "{n} bản ghi",
        "records_one": "{n} bản ghi",  # Vietnamese nouns have no plural
        "until": "lưu trữ đến {date}",
        "no_records": "Không có bản ghi nào.",
        "record_n": "Bản ghi {n}",
        "record_long": "(hiển thị dạng danh sách vì có nội dung dài)",
        "cards": (
            "Vì an toàn, thẻ thanh toán chỉ được hiển thị loại thẻ, 4 số cuối và ngày hết "
            "hạn; CLB4U không lưu số thẻ đầy đủ hay mã CVV."
        ),
        "header": "CLB4U · Bản sao dữ liệu cá nhân",
        "page": "Trang {page} / {pages}",
        "fingerprint": "Mã tài liệu {fp}",
        "letter": "Thư trả lời",
    },
    "en": {
        "title": "Copy of your personal data",
        "case": "Case reference",
        "issued": "Date issued",
        "received": "Request received",
        "subject": "Customer reference",
        "dear": "Dear {name},",
        "intro": (
            "CLB4U has received your request for access to and a copy of your personal data. "
            "This document contains all personal data CLB4U holds about you at the time it "
            "was issued, together with the purposes of processing, the recipients, how long "
            "the data is kept, where it came from, and your rights."
        ),
        "exports_attached": (
            "A machine-readable copy ({files}) is attached inside this PDF file, so that you "
            "can take your data to another organisation. To open the attached files, use "
            "your PDF reader's attachments panel (for example the paperclip icon in Adobe "
            "Acrobat Reader); a printed copy of this document does not include them."
        ),
        "exports_separate": (
            "A machine-readable copy ({files}) is sent to you as separate files together "
            "with this document, so that you can take your data to another organisation."
        ),
        "exports_none": (
            "If you would like a machine-readable copy (JSON and CSV files) to take your "
            "data to another organisation, please ask us."
        ),
        "files_json": "one JSON file",
        "files_csv": "one CSV file per category",
        "files_both": "one JSON file, and one CSV file per category",
        "times": "Dates and times in this document are Vietnam time (UTC+7).",
        "questions": (
            "If you have any questions, please contact support@clb4u.com quoting the case "
            "reference {case}."
        ),
        "regards": "Kind regards,",
        "signature": "CLB4U – Customer Support",
        "about": "How your data is processed",
        "purposes": "Purposes of processing",
        "purposes_intro": "Under CLB4U's Privacy Policy, personal information is used:",
        "held": "Categories of data we hold",
        "col_category": "Category",
        "col_count": "Records",
        "col_until": "Kept until",
        "col_status": "Status",
        "restricted": "Restricted (storage only)",
        "legal_hold": "Held because of a dispute or complaint",
        "active": "In use",
        "recipients": "Recipients",
        "recipients_policy": (
            "Billing information is shared only with third parties that help complete a "
            "purchase (for example fulfilling the order and processing the card payment). "
            "Billing and card information is not disclosed unless required by law or a court "
            "order, or to resolve an issue with a financial transaction. Advertisers receive "
            "only general, aggregated information about our subscribers, never your own data."
        ),
        "recipients_logged": "Disclosures of your data that were logged:",
        "recipients_none": "No disclosure of your data has been logged.",
        "standing": "ongoing",
        "retention": "How long the data is kept",
        "retention_default": (
            "We keep data as long as needed for the purposes above and for the periods the "
            "law requires; the period for each category is in the table above."
        ),
        "sources": "Where the data came from",
        "sources_default": (
            "Data you provided to us yourself, for example when registering an account, "
            "buying a service, sending an email or filling in a form on the website."
        ),
        "rights": "Your rights",
        "rights_how": (
            "To exercise these rights, contact support@clb4u.com with the subject line "
            "“Yêu cầu Chủ đề Dữ liệu” (Data Subject Request). Some data must be kept for "
            "several years by law, or to complete a transaction you started before the request."
        ),
        "complain": "Where to complain",
        "complain_vn": (
            "In Vietnam: the Department of Cyber Security and High-Tech Crime Prevention "
            "(A05), Ministry of Public Security – the personal data protection agency "
            "(Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao). You may also "
            "claim damages as the law provides."
        ),
        "complain_eu": (
            "If you live in the European Union: the data protection supervisory authority of "
            "the Member State where you live, work or where the infringement took place "
            "(GDPR Art. 77); you may also go to court."
        ),
        "complain_ca": (
            "If you live in California: the California Privacy Protection Agency (CPPA) or "
            "the California Attorney General."
        ),
        "data": "Your data",
        "data_intro": "Below is every record CLB4U holds about you, category by category.",
        "records": "{n} records",
        "records_one": "{n} record",
        "until": "kept until {date}",
        "no_records": "No records.",
        "record_n": "Record {n}",
        "record_long": "(shown as a list because it contains long text)",
        "cards": (
            "For your security, payment cards show only the brand, last 4 digits and expiry "
            "date; CLB4U does not store full card numbers or CVV codes."
        ),
        "header": "CLB4U · Copy of your personal data",
        "page": "Page {page} / {pages}",
        "fingerprint": "Document {fp}",
        "letter": "Letter",
    },
}

# The purposes named in the privacy policy ("Thông tin này được sử dụng như thế nào",
# the opening summary and "Giao tiếp trực tiếp").
PURPOSES: dict[Language, tuple[str, ...]] = {
    "vi": (
        "thanh toán và xử lý giao dịch mua;",
        "cung cấp sản phẩm và dịch vụ, kể cả tham gia và gia hạn dịch vụ trả phí, thăm dò "
        "ý kiến và bảng tin;",
        "hiểu nhu cầu của khách hàng;",
        "cung cấp một trang web tốt hơn, cải thiện và phát triển sản phẩm, dịch vụ;",
        "giao tiếp với bạn qua email, tin nhắn, hộp thư thoại, điện thoại, fax, thư giấy về "
        "sản phẩm, dịch vụ bạn đã mua, các cập nhật và sản phẩm, dịch vụ khác (tiếp thị);",
        "phân tích thống kê, nhân khẩu học và tiếp thị về người dùng dịch vụ;",
        "quảng cáo được nhắm mục tiêu đến những người dùng phù hợp nhất.",
    ),
    "en": (
        "billing and processing purchases;",
        "providing products and services, including joining and renewing paid services, "
        "polls and message boards;",
        "understanding customers' needs;",
        "providing a better website and improving and developing products and services;",
        "communicating with you by email, text message, voicemail, phone, fax and post about "
        "products and services you bought, updates, and other products and services "
        "(marketing);",
        "statistical, demographic and marketing analysis of the users of our services;",
        "targeted advertising to the users for whom it is most relevant.",
    ),
}

RIGHTS: dict[Language, tuple[str, ...]] = {
    "vi": (
        "được biết về việc xử lý dữ liệu cá nhân của bạn;",
        "truy cập, xem dữ liệu và nhận bản sao;",
        "yêu cầu chỉnh sửa dữ liệu không chính xác;",
        "phản đối việc sử dụng dữ liệu, kể cả cho tiếp thị trực tiếp;",
        "yêu cầu hạn chế xử lý;",
        "yêu cầu xóa dữ liệu;",
        "nhận bản sao điện tử để chuyển cho một công ty khác;",
        "rút lại sự đồng ý bất kỳ lúc nào (không ảnh hưởng đến việc xử lý trước đó);",
        "khiếu nại và yêu cầu bồi thường thiệt hại.",
    ),
    "en": (
        "to be informed about the processing of your personal data;",
        "to access your data and receive a copy;",
        "to have inaccurate data corrected;",
        "to object to the use of your data, including for direct marketing;",
        "to have processing restricted;",
        "to have your data erased;",
        "to receive an electronic copy to move to another company (portability);",
        "to withdraw consent at any time (this does not affect earlier processing);",
        "to complain and to claim damages.",
    ),
}


def records_text(count: int, lang: Language) -> str:
    """ "1 record", "2 records" ("1 bản ghi", "2 bản ghi")."""
    texts = TEXTS[lang]
    return (texts["records_one"] if count == 1 else texts["records"]).format(n=count)


def exports_text(exports: Exports | None, lang: Language) -> str:
    """What the letter says about the machine-readable copy: attached inside the PDF (and
    how to open it), sent as separate files, or (PDF only) that it can be asked for."""
    texts = TEXTS[lang]
    if exports is None:
        return texts["exports_none"]
    files = texts[
        "files_both"
        if exports.json and exports.csv
        else "files_json"
        if exports.json
        else "files_csv"
    ]
    return texts["exports_attached" if exports.attached else "exports_separate"].format(files=files)
