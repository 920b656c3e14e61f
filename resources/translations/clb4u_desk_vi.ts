<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AcknowledgementPanel</name>
    <message>
        <source>Language of the text:</source>
        <translation>Ngôn ngữ của thư:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Copy subject and text</source>
        <translation>Sao chép tiêu đề và nội dung</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
        <source>Sent on {moment} (due by {date}).</source>
        <translation>Đã gửi lúc {moment} (hạn gửi {date}).</translation>
    </message>
    <message>
        <source>Not sent yet: send it by {date}, then mark it as sent.</source>
        <translation>Chưa gửi: hãy gửi trước hạn {date}, rồi đánh dấu là đã gửi.</translation>
    </message>
</context>
<context>
    <name>ApprovalQueue</name>
    <message>
        <source>Erasure</source>
        <translation>Xóa dữ liệu</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} phút</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} giờ</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} ngày</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Người đề xuất</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>đến {date}</translation>
    </message>
    <message>
        <source>Approvals waiting for a second pair of eyes</source>
        <translation>Các đề xuất chờ phê duyệt (kiểm soát bốn mắt)</translation>
    </message>
    <message>
        <source>Reason for approving or rejecting (required)</source>
        <translation>Lý do phê duyệt hoặc từ chối (bắt buộc)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>{case}: approved.</source>
        <translation>{case}: đã phê duyệt.</translation>
    </message>
    <message>
        <source>{case}: rejected.</source>
        <translation>{case}: đã từ chối.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the case</source>
        <translation>Giao hồ sơ</translation>
    </message>
    <message>
        <source>Who handles this case from now on?</source>
        <translation>Từ nay ai sẽ xử lý hồ sơ này?</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Giao</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Không giao cho ai</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>The request came without attachments.</source>
        <translation>Yêu cầu này không kèm tệp đính kèm nào.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <source>Assign to me</source>
        <translation>Nhận xử lý</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Giao cho…</translation>
    </message>
    <message>
        <source>Move case</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Xác minh danh tính…</translation>
    </message>
    <message>
        <source>Link customer…</source>
        <translation>Liên kết khách hàng…</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Mở hồ sơ khách hàng</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Correct personal data…</source>
        <translation>Sửa dữ liệu cá nhân…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Hạn chế xử lý…</translation>
    </message>
    <message>
        <source>Lift a restriction…</source>
        <translation>Gỡ bỏ hạn chế…</translation>
    </message>
    <message>
        <source>Record an objection…</source>
        <translation>Ghi nhận phản đối…</translation>
    </message>
    <message>
        <source>Record consent withdrawal…</source>
        <translation>Ghi nhận rút lại sự đồng ý…</translation>
    </message>
    <message>
        <source>Stop messages to this contact point…</source>
        <translation>Ngừng gửi tin đến địa chỉ liên hệ này…</translation>
    </message>
    <message>
        <source>Issue data copy…</source>
        <translation>Cấp bản sao dữ liệu…</translation>
    </message>
    <message>
        <source>Erasure…</source>
        <translation>Xóa dữ liệu…</translation>
    </message>
    <message>
        <source>Evidence pack…</source>
        <translation>Hồ sơ bằng chứng…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Đóng hồ sơ…</translation>
    </message>
    <message>
        <source>Move to &quot;{state}&quot;</source>
        <translation>Chuyển sang “{state}”</translation>
    </message>
</context>
<context>
    <name>CaseChoiceDialog</name>
    <message>
        <source>Link to case</source>
        <translation>Liên kết với hồ sơ yêu cầu</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Link customer {customer} to which case? Type the case reference (DSR-2026-000123) or pick one of your open cases.</source>
        <translation>Liên kết khách hàng {customer} với hồ sơ yêu cầu nào? Nhập mã hồ sơ (DSR-2026-000123) hoặc chọn một hồ sơ đang mở của bạn.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Type a case reference, such as DSR-2026-000123, or pick one of your open cases.</source>
        <translation>Hãy nhập mã hồ sơ, ví dụ DSR-2026-000123, hoặc chọn một hồ sơ đang mở của bạn.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>{error} The page now shows the case as it is; check it and press OK again.</source>
        <translation>{error} Trang đã hiển thị hồ sơ như hiện tại; hãy kiểm tra lại rồi bấm OK lần nữa.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Quy định áp dụng</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Requester (as stated)</source>
        <translation>Người yêu cầu (theo khai báo)</translation>
    </message>
    <message>
        <source>Contact (as stated)</source>
        <translation>Liên hệ (theo khai báo)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Danh tính</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Thư xác nhận</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Hạn gần nhất</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Chưa có ai</translation>
    </message>
    <message>
        <source>{name} (through a representative)</source>
        <translation>{name} (qua người đại diện)</translation>
    </message>
    <message>
        <source>Sent {moment}</source>
        <translation>Đã gửi lúc {moment}</translation>
    </message>
    <message>
        <source>Not sent; due by {date}</source>
        <translation>Chưa gửi; hạn {date}</translation>
    </message>
    <message>
        <source>Not linked to a customer; needs {needed}</source>
        <translation>Chưa liên kết với khách hàng; cần {needed}</translation>
    </message>
    <message>
        <source>Verified to {reached}; needs {needed}</source>
        <translation>Đã xác minh mức {reached}; cần {needed}</translation>
    </message>
</context>
<context>
    <name>CaseItems</name>
    <message>
        <source>Erasure proposed, awaiting approval</source>
        <translation>Đã đề xuất xóa, chờ phê duyệt</translation>
    </message>
    <message>
        <source>Refusal proposed, awaiting approval</source>
        <translation>Đã đề xuất từ chối, chờ phê duyệt</translation>
    </message>
    <message>
        <source>Extension proposed, awaiting approval</source>
        <translation>Đã đề xuất gia hạn, chờ phê duyệt</translation>
    </message>
    <message>
        <source>Clock stopped since {date}</source>
        <translation>Tạm dừng tính hạn từ {date}</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Tạm dừng tính hạn</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Đã gia hạn</translation>
    </message>
    <message>
        <source>Stood {n} day(s) earlier</source>
        <translation>Đã tạm dừng {n} ngày trước đó</translation>
    </message>
    <message>
        <source>Involves a third party</source>
        <translation>Có liên quan đến bên thứ ba</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang tính hạn</translation>
    </message>
    <message>
        <source>Without extension or stopped days: {date}</source>
        <translation>Không tính gia hạn hay ngày tạm dừng: {date}</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Quyền</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức khẩn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Tính hạn</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>CaseLauncher</name>
    <message>
        <source>The customer has no active restriction to lift.</source>
        <translation>Khách hàng không có hạn chế nào đang áp dụng để gỡ bỏ.</translation>
    </message>
    <message>
        <source>Lift a restriction</source>
        <translation>Gỡ bỏ hạn chế</translation>
    </message>
    <message>
        <source>Which restriction?</source>
        <translation>Gỡ bỏ hạn chế nào?</translation>
    </message>
    <message>
        <source>The extension waits for a supervisor. Once approved, the item is due on {date}; send the requester this notice then.</source>
        <translation>Đề xuất gia hạn đang chờ giám sát viên phê duyệt. Khi được duyệt, hạn xử lý mới là {date}; khi đó hãy gửi thông báo này cho người yêu cầu.</translation>
    </message>
    <message>
        <source>Extension proposed</source>
        <translation>Đã đề xuất gia hạn</translation>
    </message>
</context>
<context>
    <name>CaseQueue</name>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Quyền</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed.</source>
        <translation>Quá hạn: đã qua ngày đến hạn.</translation>
    </message>
    <message>
        <source>Due soon: the due date is close.</source>
        <translation>Sắp đến hạn: ngày đến hạn đã gần.</translation>
    </message>
    <message>
        <source>On time.</source>
        <translation>Đúng hạn.</translation>
    </message>
    <message>
        <source>Clock stopped: nothing is due while the case waits.</source>
        <translation>Tạm dừng tính hạn: không có hạn nào trong khi vụ việc đang chờ.</translation>
    </message>
    <message>
        <source>Closed: nothing is due.</source>
        <translation>Đã đóng: không còn hạn nào.</translation>
    </message>
    <message>
        <source>{urgency} Due on {date}.</source>
        <translation>{urgency} Hạn ngày {date}.</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Request received</source>
        <translation>Đã tiếp nhận yêu cầu</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Giao hồ sơ</translation>
    </message>
    <message>
        <source>Acknowledgement sent</source>
        <translation>Đã gửi thư xác nhận</translation>
    </message>
    <message>
        <source>Linked to a related request</source>
        <translation>Liên kết với yêu cầu liên quan</translation>
    </message>
    <message>
        <source>Linked to the customer&apos;s records</source>
        <translation>Liên kết với dữ liệu khách hàng</translation>
    </message>
    <message>
        <source>Clock stopped for an item</source>
        <translation>Tạm dừng tính hạn một mục</translation>
    </message>
    <message>
        <source>Clock restarted for an item</source>
        <translation>Tiếp tục tính hạn một mục</translation>
    </message>
    <message>
        <source>Item extended</source>
        <translation>Gia hạn một mục</translation>
    </message>
    <message>
        <source>Item decided</source>
        <translation>Quyết định một mục</translation>
    </message>
    <message>
        <source>Third party for an item</source>
        <translation>Bên thứ ba xử lý một mục yêu cầu</translation>
    </message>
    <message>
        <source>Item scope changed</source>
        <translation>Đổi phạm vi một mục</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Kiểm tra danh tính</translation>
    </message>
    <message>
        <source>One-time code sent</source>
        <translation>Đã gửi mã dùng một lần</translation>
    </message>
    <message>
        <source>Identity level changed</source>
        <translation>Đổi mức xác minh danh tính</translation>
    </message>
    <message>
        <source>Proposed to a supervisor</source>
        <translation>Đề xuất lên giám sát viên</translation>
    </message>
    <message>
        <source>Proposal approved</source>
        <translation>Đề xuất được phê duyệt</translation>
    </message>
    <message>
        <source>Proposal rejected</source>
        <translation>Đề xuất bị từ chối</translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation>Đã sửa dữ liệu</translation>
    </message>
    <message>
        <source>Recipient told of a change</source>
        <translation>Đã báo thay đổi cho bên nhận</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Đã hạn chế xử lý</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Đã gỡ bỏ hạn chế</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Đã ghi nhận phản đối</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Đã rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Messages to a contact point stopped</source>
        <translation>Đã ngừng gửi tin đến một địa chỉ liên hệ</translation>
    </message>
    <message>
        <source>Item refused</source>
        <translation>Từ chối một mục</translation>
    </message>
    <message>
        <source>Erasure proposed</source>
        <translation>Đề xuất xóa dữ liệu</translation>
    </message>
    <message>
        <source>Erasure carried out</source>
        <translation>Đã xóa dữ liệu</translation>
    </message>
    <message>
        <source>Data copy previewed</source>
        <translation>Xem trước bản sao dữ liệu</translation>
    </message>
    <message>
        <source>Data copy issued</source>
        <translation>Đã cấp bản sao dữ liệu</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Đã cấp tài liệu</translation>
    </message>
    <message>
        <source>Evidence pack exported</source>
        <translation>Đã xuất hồ sơ bằng chứng</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>xóa dữ liệu</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>từ chối</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>gia hạn</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>không ai</translation>
    </message>
    <message>
        <source>late (due {date})</source>
        <translation>trễ hạn (hạn {date})</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>a third party must act</source>
        <translation>bên thứ ba phải xử lý</translation>
    </message>
    <message>
        <source>no third party acts</source>
        <translation>không có bên thứ ba xử lý</translation>
    </message>
    <message>
        <source>due {before} → {after}</source>
        <translation>hạn {before} → {after}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Loading the case…</source>
        <translation>Đang tải hồ sơ…</translation>
    </message>
    <message>
        <source>What is asked for</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>Stop the clock…</source>
        <translation>Tạm dừng tính hạn…</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>Tiếp tục tính hạn</translation>
    </message>
    <message>
        <source>Propose extension…</source>
        <translation>Đề xuất gia hạn…</translation>
    </message>
    <message>
        <source>Set outcome…</source>
        <translation>Ghi kết quả…</translation>
    </message>
    <message>
        <source>Propose refusal…</source>
        <translation>Đề xuất từ chối…</translation>
    </message>
    <message>
        <source>No third party acts…</source>
        <translation>Không còn bên thứ ba xử lý…</translation>
    </message>
    <message>
        <source>Third party must act…</source>
        <translation>Bên thứ ba phải xử lý…</translation>
    </message>
    <message>
        <source>Say whether a processor or another third party must act for this item: the longer Vietnamese periods then apply and the due date is worked out again.</source>
        <translation>Ghi nhận việc bên xử lý dữ liệu hoặc bên thứ ba khác phải thực hiện mục yêu cầu này: khi đó áp dụng thời hạn dài hơn theo pháp luật Việt Nam và hạn xử lý được tính lại.</translation>
    </message>
    <message>
        <source>Timeline ({n})</source>
        <translation>Diễn biến ({n})</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Thư xác nhận</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Tệp đính kèm ({n})</translation>
    </message>
    <message>
        <source>Related requests ({n})</source>
        <translation>Yêu cầu liên quan ({n})</translation>
    </message>
    <message>
        <source>The case could not be loaded.</source>
        <translation>Không tải được hồ sơ.</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile, so nothing was saved. The page now shows the case as it is; check it and try again.</source>
        <translation>Trong lúc đó người khác đã thay đổi hồ sơ này, nên chưa có gì được lưu. Trang đã hiển thị hồ sơ như hiện tại; hãy kiểm tra lại rồi thử lần nữa.</translation>
    </message>
    <message>
        <source>That could not be done: {reason}</source>
        <translation>Không thực hiện được: {reason}</translation>
    </message>
    <message>
        <source>The case is now yours.</source>
        <translation>Bạn đã nhận xử lý hồ sơ này.</translation>
    </message>
    <message>
        <source>The acknowledgement is recorded as sent.</source>
        <translation>Đã ghi nhận thư xác nhận là đã gửi.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Lưu tệp đính kèm</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Đã lưu thành {name}.</translation>
    </message>
    <message>
        <source>Save evidence pack</source>
        <translation>Lưu hồ sơ bằng chứng</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Evidence pack saved as {name}.</source>
        <translation>Đã lưu hồ sơ bằng chứng thành {name}.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
</context>
<context>
    <name>CasesQueuePage</name>
    <message>
        <source>Open cases</source>
        <translation>Vụ việc đang mở</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Mọi quyền</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Tôi</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Chưa phân công</translation>
    </message>
    <message>
        <source>Any law</source>
        <translation>Mọi luật</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Quyền:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Người phụ trách:</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Luật:</translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation>&amp;Đến hạn trong</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Chỉ vụ việc quá &amp;hạn</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Import e-mail…</source>
        <translation>Nhập email…</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Vụ việc mới…</translation>
    </message>
    <message>
        <source>Drop .eml files here to take requests in.</source>
        <translation>Thả tệp .eml vào đây để tiếp nhận yêu cầu.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 vụ việc</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} vụ việc</translation>
    </message>
    <message>
        <source>Import e-mail</source>
        <translation>Nhập email</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>Thư email (*.eml);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <source>A closed case cannot change any more. Done, partly done and refused must agree with the items&apos; outcomes; a withdrawn request can be closed at any time.</source>
        <translation>Hồ sơ đã đóng thì không thể thay đổi nữa. Kết quả “đã hoàn thành”, “hoàn thành một phần” và “từ chối” phải khớp với kết quả của từng mục; yêu cầu đã rút có thể đóng bất cứ lúc nào.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record an objection</source>
        <translation>Ghi nhận phản đối</translation>
    </message>
    <message>
        <source>An objection to direct marketing takes effect at once and also stops targeted ads. No data is deleted.</source>
        <translation>Phản đối tiếp thị trực tiếp có hiệu lực ngay và đồng thời dừng quảng cáo nhắm mục tiêu. Không dữ liệu nào bị xóa.</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Ghi nhận phản đối</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Consent is withdrawn from now on; what was done before stays lawful. No data is deleted.</source>
        <translation>Sự đồng ý được rút lại kể từ bây giờ; việc xử lý trước đó vẫn hợp pháp. Không dữ liệu nào bị xóa.</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Channels (none ticked: all channels):</source>
        <translation>Kênh (không chọn kênh nào: tất cả các kênh):</translation>
    </message>
</context>
<context>
    <name>CopyIssueDialog</name>
    <message>
        <source>Category</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>hạn chế xử lý</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>giữ lại do tranh chấp</translation>
    </message>
    <message>
        <source>Data copy</source>
        <translation>Bản sao dữ liệu</translation>
    </message>
    <message>
        <source>Open preview…</source>
        <translation>Mở bản xem trước…</translation>
    </message>
    <message>
        <source>Issue copy</source>
        <translation>Phát hành bản sao</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Protect with a passphrase (AES-256)</source>
        <translation>Bảo vệ bằng cụm mật khẩu (AES-256)</translation>
    </message>
    <message>
        <source>Exports inside the PDF</source>
        <translation>Tệp xuất nằm trong PDF</translation>
    </message>
    <message>
        <source>Exports as separate files (not encrypted)</source>
        <translation>Tệp xuất riêng (không mã hóa)</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <source>JSON and CSV</source>
        <translation>JSON và CSV</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Cách gửi</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Mark the access/copy request as done</source>
        <translation>Ghi nhận yêu cầu truy cập/bản sao là đã hoàn thành</translation>
    </message>
    <message>
        <source>The copy answers the request: its items are recorded as done and their clock stops. Leave this unchecked if more is to be sent.</source>
        <translation>Bản sao trả lời yêu cầu: các mục của yêu cầu được ghi là đã hoàn thành và ngừng tính hạn. Bỏ chọn nếu còn phải gửi thêm.</translation>
    </message>
    <message>
        <source>Loading what the copy holds…</source>
        <translation>Đang tải nội dung bản sao…</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <source>Case {case}, customer {customer}: {records} records in the copy, in {language}.</source>
        <translation>Hồ sơ {case}, khách hàng {customer}: bản sao gồm {records} bản ghi, bằng {language}.</translation>
    </message>
    <message>
        <source>Identity verified to {reached}; this copy needs {needed}.</source>
        <translation>Danh tính đã xác minh đến mức {reached}; bản sao này cần mức {needed}.</translation>
    </message>
    <message>
        <source>It includes payment data (cards masked), hence L3.</source>
        <translation>Bản sao có dữ liệu thanh toán (thẻ đã che số), vì vậy cần L3.</translation>
    </message>
    <message>
        <source>Folder for the copy</source>
        <translation>Thư mục lưu bản sao</translation>
    </message>
    <message>
        <source>Issued and recorded:</source>
        <translation>Đã phát hành và ghi nhận:</translation>
    </message>
    <message>
        <source>The JSON and CSV exports are attached inside the PDF.</source>
        <translation>Tệp JSON và CSV được đính kèm trong PDF.</translation>
    </message>
    <message>
        <source>The access/copy request is recorded as done.</source>
        <translation>Yêu cầu truy cập/bản sao đã được ghi nhận là hoàn thành.</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>customer reference</source>
        <translation>mã khách hàng</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>địa chỉ email</translation>
    </message>
    <message>
        <source>beginning of an email address</source>
        <translation>phần đầu địa chỉ email</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>số hóa đơn</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ tên đầy đủ</translation>
    </message>
    <message>
        <source>words of the name</source>
        <translation>các từ trong tên</translation>
    </message>
    <message>
        <source>beginnings of words of the name</source>
        <translation>phần đầu các từ của tên</translation>
    </message>
</context>
<context>
    <name>CustomerLinking</name>
    <message>
        <source>{mark} matches the records</source>
        <translation>{mark} khớp với hồ sơ</translation>
    </message>
    <message>
        <source>{mark} nothing on file to compare</source>
        <translation>{mark} hồ sơ không có dữ liệu để so sánh</translation>
    </message>
    <message>
        <source>{mark} does not match</source>
        <translation>{mark} không khớp</translation>
    </message>
    <message>
        <source>Identifier in the request</source>
        <translation>Thông tin nhận dạng trong yêu cầu</translation>
    </message>
    <message>
        <source>Given (masked)</source>
        <translation>Đã cung cấp (che bớt)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Find the customer a request is about and link the record to its case. The records are opened from the case once the requester&apos;s identity is verified.</source>
        <translation>Tìm khách hàng mà yêu cầu liên quan đến và liên kết hồ sơ khách hàng với hồ sơ yêu cầu. Dữ liệu của khách hàng chỉ được mở từ hồ sơ yêu cầu sau khi đã xác minh danh tính người yêu cầu.</translation>
    </message>
    <message>
        <source>Link to case…</source>
        <translation>Liên kết với hồ sơ yêu cầu…</translation>
    </message>
    <message>
        <source>Case {case} is linked to customer {customer}. Check the identifiers below, then verify the requester&apos;s identity from the case.</source>
        <translation>Hồ sơ {case} đã được liên kết với khách hàng {customer}. Hãy kiểm tra các thông tin nhận dạng bên dưới, sau đó xác minh danh tính người yêu cầu từ hồ sơ yêu cầu.</translation>
    </message>
</context>
<context>
    <name>DemoOutboxDialog</name>
    <message>
        <source>Demo outbox</source>
        <translation>Hộp thư đi (bản mẫu)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>The demo sends no real mail: what it sends appears here. Nothing was sent yet.</source>
        <translation>Bản mẫu không gửi thư thật: thư nó gửi hiện ở đây. Chưa gửi gì.</translation>
    </message>
    <message>
        <source>The demo sends no real mail: what it sends appears here, newest first.</source>
        <translation>Bản mẫu không gửi thư thật: thư nó gửi hiện ở đây, mới nhất trước.</translation>
    </message>
</context>
<context>
    <name>EmailIntake</name>
    <message>
        <source>The email has no Date: the time of import is taken as the time of receipt. Check it against the mailbox.</source>
        <translation>Email không có ngày gửi (Date): thời điểm nhập được lấy làm thời điểm tiếp nhận. Hãy đối chiếu với hộp thư.</translation>
    </message>
    <message>
        <source>The email&apos;s Date is unreadable or impossible: the time of import is taken as the time of receipt. Check it against the mailbox.</source>
        <translation>Ngày gửi (Date) của email không đọc được hoặc không thể có: thời điểm nhập được lấy làm thời điểm tiếp nhận. Hãy đối chiếu với hộp thư.</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported, and no case was created from it. {reason}</source>
        <translation>Không thể nhập “{file}”, và không có vụ việc nào được tạo từ tệp này. {reason}</translation>
    </message>
</context>
<context>
    <name>EmailIntakeDialog</name>
    <message>
        <source>Import e-mail</source>
        <translation>Nhập email</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Sender (as claimed):</source>
        <translation>Người gửi (như tự khai):</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Tiếp nhận lúc:</translation>
    </message>
    <message>
        <source>The email was forwarded: the sender above is whoever forwarded it, not necessarily the requester.</source>
        <translation>Email này được chuyển tiếp: người gửi ở trên là người chuyển tiếp, không nhất thiết là người yêu cầu.</translation>
    </message>
    <message>
        <source>Rights asked for (suggested from the wording: check them)</source>
        <translation>Các quyền được yêu cầu (gợi ý từ nội dung thư: hãy kiểm tra lại)</translation>
    </message>
    <message>
        <source>Suggested because the email says: {words}</source>
        <translation>Được gợi ý vì thư có viết: {words}</translation>
    </message>
    <message>
        <source>No right was recognised in the wording: choose the rights asked for.</source>
        <translation>Không nhận ra quyền nào trong nội dung thư: hãy chọn các quyền được yêu cầu.</translation>
    </message>
    <message>
        <source>Other laws that apply</source>
        <translation>Các luật khác được áp dụng</translation>
    </message>
    <message>
        <source>EU resident (GDPR)</source>
        <translation>Cư trú tại EU (GDPR)</translation>
    </message>
    <message>
        <source>California resident (CCPA)</source>
        <translation>Cư trú tại California (CCPA)</translation>
    </message>
    <message>
        <source>Attachments: {n}</source>
        <translation>Tệp đính kèm: {n}</translation>
    </message>
    <message>
        <source>This email is already case {reference}; importing it again would make a second case. Open {reference} instead.</source>
        <translation>Email này đã là vụ việc {reference}; nhập lại sẽ tạo thêm một vụ việc thứ hai. Hãy mở {reference}.</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>Mở {reference}</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Tạo vụ việc</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Bỏ qua tệp này</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Earlier or later requests from the same contact point</source>
        <translation>Các yêu cầu trước hoặc sau từ cùng địa chỉ liên lạc</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>Không liên kết</translation>
    </message>
    <message>
        <source>Choose at least one right the requester asks for.</source>
        <translation>Hãy chọn ít nhất một quyền mà người yêu cầu đề nghị.</translation>
    </message>
    <message>
        <source>Case {reference} was created; it is due on {date}.</source>
        <translation>Đã tạo vụ việc {reference}; hạn xử lý là ngày {date}.</translation>
    </message>
    <message>
        <source>Link to {reference} (received {date}, {state})</source>
        <translation>Liên kết với {reference} (tiếp nhận ngày {date}, {state})</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>until released</source>
        <translation>đến khi giải tỏa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Record dates</source>
        <translation>Ngày của bản ghi</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Giữ đến hết ngày</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Xóa dữ liệu</translation>
    </message>
    <message>
        <source>Propose for approval</source>
        <translation>Đề xuất để phê duyệt</translation>
    </message>
    <message>
        <source>Carry out the approved erasure</source>
        <translation>Thực hiện việc xóa đã được phê duyệt</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Lưu giấy xác nhận…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Loading the erasure plan…</source>
        <translation>Đang tải kế hoạch xóa…</translation>
    </message>
    <message>
        <source>Case {case}, customer {customer}: what an erasure would do today ({date}), per category.</source>
        <translation>Hồ sơ {case}, khách hàng {customer}: việc xóa sẽ làm gì nếu thực hiện hôm nay ({date}), theo từng loại dữ liệu.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Lưu giấy xác nhận</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>Không ghi được tệp {file}.</translation>
    </message>
    <message>
        <source>Not proposed yet. A supervisor other than you must approve the plan.</source>
        <translation>Chưa đề xuất. Kế hoạch phải được một giám sát viên khác phê duyệt.</translation>
    </message>
    <message>
        <source>Carried out. Certificate {file} ({size} bytes, SHA-256 {hash}…).</source>
        <translation>Đã thực hiện. Giấy xác nhận {file} ({size} byte, SHA-256 {hash}…).</translation>
    </message>
    <message>
        <source>Carried out.</source>
        <translation>Đã thực hiện.</translation>
    </message>
    <message>
        <source>Proposed; waiting for a supervisor&apos;s approval.</source>
        <translation>Đã đề xuất; đang chờ giám sát viên phê duyệt.</translation>
    </message>
    <message>
        <source>Approved; it can be carried out now.</source>
        <translation>Đã được phê duyệt; có thể thực hiện ngay.</translation>
    </message>
    <message>
        <source>Rejected by a supervisor; you may propose again.</source>
        <translation>Giám sát viên đã từ chối; bạn có thể đề xuất lại.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Propose an extension</source>
        <translation>Đề xuất gia hạn</translation>
    </message>
    <message>
        <source>An item can be extended once. Give the reason the requester will be sent; a supervisor approves it.</source>
        <translation>Mỗi yêu cầu chỉ được gia hạn một lần. Nêu lý do sẽ gửi cho người yêu cầu; giám sát viên sẽ phê duyệt.</translation>
    </message>
    <message>
        <source>Propose extension</source>
        <translation>Đề xuất gia hạn</translation>
    </message>
</context>
<context>
    <name>LiftRestrictionDialog</name>
    <message>
        <source>Lift a restriction</source>
        <translation>Gỡ bỏ hạn chế</translation>
    </message>
    <message>
        <source>Restriction of: {what}</source>
        <translation>Hạn chế đối với: {what}</translation>
    </message>
    <message>
        <source>The requester has been told that the restriction is lifted</source>
        <translation>Người yêu cầu đã được thông báo rằng hạn chế được gỡ bỏ</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Thông báo qua</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>LinkCustomerDialog</name>
    <message>
        <source>Link the case to a customer</source>
        <translation>Liên kết hồ sơ yêu cầu với khách hàng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Đang tải hồ sơ yêu cầu…</translation>
    </message>
    <message>
        <source>Case {case}: find the customer record this request is about. The search starts from what the request says.</source>
        <translation>Hồ sơ {case}: tìm hồ sơ khách hàng mà yêu cầu này liên quan đến. Việc tìm kiếm bắt đầu từ thông tin trong yêu cầu.</translation>
    </message>
    <message>
        <source>The case is linked to a customer already; linking another one is possible only before any verification step.</source>
        <translation>Hồ sơ yêu cầu đã được liên kết với một khách hàng; chỉ có thể liên kết với khách hàng khác khi chưa có bước xác minh nào.</translation>
    </message>
    <message>
        <source>Linked to customer {customer}. Each identifier the request gave, against the records:</source>
        <translation>Đã liên kết với khách hàng {customer}. Từng thông tin nhận dạng trong yêu cầu, so với hồ sơ:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About CLB4U Desk</source>
        <translation>Giới thiệu CLB4U Desk</translation>
    </message>
    <message>
        <source>CLB4U Desk {version}</source>
        <translation>CLB4U Desk {version}</translation>
    </message>
    <message>
        <source>The workbench with which CLB4U&apos;s support agents answer privacy requests: access, copies, correction, objection, restriction, erasure and consent withdrawal.</source>
        <translation>Công cụ để nhân viên hỗ trợ của CLB4U trả lời các yêu cầu về dữ liệu cá nhân: truy cập, cung cấp bản sao, chỉnh sửa, phản đối, hạn chế xử lý, xóa dữ liệu và rút lại sự đồng ý.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Đang xử lý...</translation>
    </message>
    <message>
        <source>CLB4U Desk</source>
        <translation>CLB4U Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About CLB4U Desk</source>
        <translation>&amp;Giới thiệu CLB4U Desk</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Cơ sở dữ liệu: {name}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Đã đăng nhập: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Vụ việc mới</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>&amp;Received at (Vietnam time, UTC+7):</source>
        <translation>&amp;Tiếp nhận lúc (giờ Việt Nam, UTC+7):</translation>
    </message>
    <message>
        <source>&amp;Name (as given):</source>
        <translation>&amp;Họ tên (như tự khai):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Đ&amp;iện thoại:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Đị&amp;a chỉ bưu chính:</translation>
    </message>
    <message>
        <source>&amp;Language for replies:</source>
        <translation>&amp;Ngôn ngữ trả lời:</translation>
    </message>
    <message>
        <source>EU resident (GDPR applies)</source>
        <translation>Cư trú tại EU (áp dụng GDPR)</translation>
    </message>
    <message>
        <source>California resident (CCPA applies)</source>
        <translation>Cư trú tại California (áp dụng CCPA)</translation>
    </message>
    <message>
        <source>Made by a representative</source>
        <translation>Do người đại diện gửi</translation>
    </message>
    <message>
        <source>Rights asked for (at least one)</source>
        <translation>Các quyền được yêu cầu (ít nhất một)</translation>
    </message>
    <message>
        <source>Notes (what was asked, in the requester&apos;s words):</source>
        <translation>Ghi chú (nội dung yêu cầu, theo lời người yêu cầu):</translation>
    </message>
    <message>
        <source>The identity is recorded as claimed; it is verified later on the case. Give at least one way to reach the requester: email, phone or postal address.</source>
        <translation>Danh tính được ghi nhận như người yêu cầu tự khai; việc xác minh làm sau, trong vụ việc. Hãy ghi ít nhất một cách liên lạc với người yêu cầu: email, điện thoại hoặc địa chỉ bưu chính.</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Tạo vụ việc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose at least one right the requester asks for.</source>
        <translation>Hãy chọn ít nhất một quyền mà người yêu cầu đề nghị.</translation>
    </message>
    <message>
        <source>Give at least one way to reach the requester: email, phone or postal address.</source>
        <translation>Hãy ghi ít nhất một cách liên lạc với người yêu cầu: email, điện thoại hoặc địa chỉ bưu chính.</translation>
    </message>
    <message>
        <source>The time of receipt lies in the future; give the time the request reached the company.</source>
        <translation>Thời điểm tiếp nhận nằm trong tương lai; hãy ghi thời điểm yêu cầu đến công ty.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Decide the item</source>
        <translation>Quyết định mục yêu cầu</translation>
    </message>
    <message>
        <source>Record how &quot;{right}&quot; was answered. A partial answer or a refusal needs the reason the requester is given.</source>
        <translation>Ghi nhận cách đã trả lời yêu cầu “{right}”. Trả lời một phần hoặc từ chối cần nêu lý do gửi cho người yêu cầu.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Ghi kết quả</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the copy</source>
        <translation>Cụm mật khẩu của bản sao</translation>
    </message>
    <message>
        <source>Send this passphrase to the requester by another channel than the file: read it out by phone or send it by SMS, never in the same email.</source>
        <translation>Gửi cụm mật khẩu này cho người yêu cầu qua một kênh khác với kênh gửi tệp: đọc qua điện thoại hoặc gửi bằng SMS, không bao giờ gửi trong cùng email.</translation>
    </message>
    <message>
        <source>It is shown only now: CLB4U Desk does not store it anywhere. Without it the copy cannot be opened; if it is lost, issue a new copy.</source>
        <translation>Cụm mật khẩu chỉ hiển thị lúc này: CLB4U Desk không lưu nó ở bất kỳ đâu. Không có nó thì không mở được bản sao; nếu bị mất, hãy phát hành bản sao mới.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>Tôi đã ghi lại</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Stop the clock</source>
        <translation>Tạm dừng tính hạn</translation>
    </message>
    <message>
        <source>Stop the clock of &quot;{right}&quot; from today while waiting for the requester (for example for a missing document). Say what is awaited; it is kept with the item.</source>
        <translation>Tạm dừng tính hạn của “{right}” từ hôm nay trong khi chờ người yêu cầu (ví dụ chờ bổ sung giấy tờ). Hãy ghi rõ đang chờ gì; nội dung này được lưu cùng mục yêu cầu.</translation>
    </message>
    <message>
        <source>What the requester has been asked for</source>
        <translation>Điều đã đề nghị người yêu cầu cung cấp</translation>
    </message>
    <message>
        <source>Say why the clock stops.</source>
        <translation>Hãy nêu lý do tạm dừng tính hạn.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Loading the customer&apos;s records…</source>
        <translation>Đang tải dữ liệu của khách hàng…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Select a record to see it in full.</source>
        <translation>Chọn một bản ghi để xem đầy đủ.</translation>
    </message>
    <message>
        <source>{name} ({reference}): {count} records</source>
        <translation>{name} ({reference}): {count} bản ghi</translation>
    </message>
    <message>
        <source>Processing restricted for: {purposes}</source>
        <translation>Hạn chế xử lý cho: {purposes}</translation>
    </message>
    <message>
        <source>⚠ restricted since {date}</source>
        <translation>⚠ bị hạn chế từ {date}</translation>
    </message>
    <message>
        <source>⚠ restricted</source>
        <translation>⚠ bị hạn chế</translation>
    </message>
    <message>
        <source>⚖ legal hold since {date}</source>
        <translation>⚖ lưu giữ theo yêu cầu pháp lý từ {date}</translation>
    </message>
    <message>
        <source>⚖ legal hold</source>
        <translation>⚖ lưu giữ pháp lý</translation>
    </message>
    <message>
        <source>keep until {date}</source>
        <translation>lưu trữ đến {date}</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Tất cả ({count})</translation>
    </message>
</context>
<context>
    <name>ProfileWindow</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Customer records (read-only)</source>
        <translation>Dữ liệu khách hàng (chỉ xem)</translation>
    </message>
    <message>
        <source>Customer records {reference} (read-only)</source>
        <translation>Dữ liệu khách hàng {reference} (chỉ xem)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ qua thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
</context>
<context>
    <name>RecipientNoticeDialog</name>
    <message>
        <source>Recipients to tell</source>
        <translation>Bên nhận cần thông báo</translation>
    </message>
    <message>
        <source>These recipients received the data concerned. Tell each of them, then mark them as told.</source>
        <translation>Các bên nhận này đã nhận dữ liệu liên quan. Hãy thông báo cho từng bên, rồi đánh dấu là đã thông báo.</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>Đánh dấu đã thông báo</translation>
    </message>
    <message>
        <source>Choose a recipient first.</source>
        <translation>Hãy chọn một bên nhận trước.</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>Correct personal data</source>
        <translation>Sửa dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Type the new values, then check the before and after. Fields left as they are do not change.</source>
        <translation>Nhập giá trị mới, rồi kiểm tra trước và sau khi sửa. Các trường để nguyên sẽ không thay đổi.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Giá trị hiện tại</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Show before and after</source>
        <translation>Xem trước và sau khi sửa</translation>
    </message>
    <message>
        <source>Why the data is corrected</source>
        <translation>Lý do sửa dữ liệu</translation>
    </message>
    <message>
        <source>What the requester showed, if anything</source>
        <translation>Giấy tờ người yêu cầu đã xuất trình, nếu có</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Type a new value in at least one field.</source>
        <translation>Hãy nhập giá trị mới cho ít nhất một trường.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Propose a refusal</source>
        <translation>Đề xuất từ chối</translation>
    </message>
    <message>
        <source>A refusal needs a reason and its legal ground. Where the requester can complain is added to the text automatically. Another supervisor approves or rejects it.</source>
        <translation>Việc từ chối cần có lý do và căn cứ pháp lý. Nơi người yêu cầu có thể khiếu nại được tự động thêm vào văn bản. Một giám sát viên khác sẽ phê duyệt hoặc bác bỏ.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Show the text for the requester</source>
        <translation>Xem văn bản gửi người yêu cầu</translation>
    </message>
    <message>
        <source>Propose refusal</source>
        <translation>Đề xuất từ chối</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Requests from the same email or phone received within 30 days may be one matter. Link this case to the one it belongs with.</source>
        <translation>Các yêu cầu từ cùng email hoặc số điện thoại nhận trong vòng 30 ngày có thể là cùng một việc. Hãy liên kết hồ sơ này với yêu cầu liên quan.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Link as related</source>
        <translation>Liên kết là yêu cầu liên quan</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Đã liên kết</translation>
    </message>
    <message>
        <source>Possibly related</source>
        <translation>Có thể liên quan</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <source>Restrict processing</source>
        <translation>Hạn chế xử lý</translation>
    </message>
    <message>
        <source>Keep these data only in storage:</source>
        <translation>Chỉ lưu trữ các dữ liệu này:</translation>
    </message>
    <message>
        <source>Stop using the data for:</source>
        <translation>Ngừng sử dụng dữ liệu cho:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>For example: the requester contests accuracy</source>
        <translation>Ví dụ: người yêu cầu phản đối tính chính xác của dữ liệu</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Hạn chế</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Reference</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Contact (masked)</source>
        <translation>Liên hệ (che bớt)</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Khớp theo</translation>
    </message>
    <message>
        <source>Name, email, phone, customer reference (KH-…) or invoice number</source>
        <translation>Họ tên, email, số điện thoại, mã khách hàng (KH-…) hoặc số hóa đơn</translation>
    </message>
    <message>
        <source>Type at least {n} characters to search.</source>
        <translation>Nhập ít nhất {n} ký tự để tìm.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation>Không có khách hàng nào khớp với “{query}”.</translation>
    </message>
    <message>
        <source>Customers found: {n}.</source>
        <translation>Tìm thấy {n} khách hàng.</translation>
    </message>
    <message>
        <source>Very many customers match; only the first {n} are shown. Add a word to narrow the search.</source>
        <translation>Có rất nhiều khách hàng khớp; chỉ hiển thị {n} khách hàng đầu tiên. Hãy thêm một từ để thu hẹp kết quả.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter your sign-in name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Wrong sign-in name or password, or the account is disabled.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa.</translation>
    </message>
    <message>
        <source>Sign in - CLB4U Desk</source>
        <translation>Đăng nhập - CLB4U Desk</translation>
    </message>
    <message>
        <source>CLB4U Desk</source>
        <translation>CLB4U Desk</translation>
    </message>
    <message>
        <source>Sign in with your staff account to answer privacy requests.</source>
        <translation>Đăng nhập bằng tài khoản nhân viên để xử lý các yêu cầu về dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Demo workspace accounts</source>
        <translation>Tài khoản của không gian làm việc mẫu</translation>
    </message>
    <message>
        <source>This is the demo workspace with invented customers. Click an account to fill it in.</source>
        <translation>Đây là không gian làm việc mẫu với khách hàng hư cấu. Nhấn vào một tài khoản để điền sẵn.</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>CLB4U Desk</source>
        <translation>CLB4U Desk</translation>
    </message>
    <message>
        <source>Opening the workspace, please wait...</source>
        <translation>Đang mở không gian làm việc, vui lòng chờ...</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>Stop marketing to this contact point</source>
        <translation>Ngừng tiếp thị tới địa chỉ liên hệ này</translation>
    </message>
    <message>
        <source>Marketing to the email address or phone number this request came from stops at once, whoever it belongs to.</source>
        <translation>Việc tiếp thị tới địa chỉ email hoặc số điện thoại đã gửi yêu cầu này dừng ngay lập tức, bất kể thuộc về ai.</translation>
    </message>
    <message>
        <source>Stop marketing</source>
        <translation>Ngừng tiếp thị</translation>
    </message>
</context>
<context>
    <name>ThirdPartyDialog</name>
    <message>
        <source>A third party must act</source>
        <translation>Bên thứ ba phải xử lý</translation>
    </message>
    <message>
        <source>A processor or another third party must act to answer &quot;{right}&quot; (for example, it holds the data or must carry out the change). The longer period of Vietnamese law then applies and the due date (now {date}) is worked out again. Say who must act and why; it is kept with the item.</source>
        <translation>Bên xử lý dữ liệu hoặc bên thứ ba khác phải thực hiện để giải quyết yêu cầu &quot;{right}&quot; (ví dụ: bên đó đang lưu giữ dữ liệu hoặc phải thực hiện việc thay đổi). Khi đó áp dụng thời hạn dài hơn theo pháp luật Việt Nam và hạn xử lý (hiện là {date}) được tính lại. Hãy ghi rõ bên nào phải xử lý và lý do; nội dung này được lưu cùng mục yêu cầu.</translation>
    </message>
    <message>
        <source>Who must act, and why</source>
        <translation>Bên nào phải xử lý và lý do</translation>
    </message>
    <message>
        <source>Apply the longer period</source>
        <translation>Áp dụng thời hạn dài hơn</translation>
    </message>
    <message>
        <source>No third party acts</source>
        <translation>Không còn bên thứ ba xử lý</translation>
    </message>
    <message>
        <source>No processor or third party has to act for &quot;{right}&quot; any more: the ordinary period applies again and the due date (now {date}) is worked out again. Say why; it is kept with the item.</source>
        <translation>Không còn bên xử lý dữ liệu hay bên thứ ba nào phải thực hiện yêu cầu &quot;{right}&quot;: thời hạn thông thường được áp dụng lại và hạn xử lý (hiện là {date}) được tính lại. Hãy ghi rõ lý do; nội dung này được lưu cùng mục yêu cầu.</translation>
    </message>
    <message>
        <source>Why no third party acts</source>
        <translation>Lý do không còn bên thứ ba xử lý</translation>
    </message>
    <message>
        <source>Apply the ordinary period</source>
        <translation>Áp dụng thời hạn thông thường</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Hãy ghi lý do.</translation>
    </message>
</context>
<context>
    <name>VerificationLabels</name>
    <message>
        <source>A signed authorisation or proof of legal representation</source>
        <translation>Giấy ủy quyền có chữ ký hoặc giấy tờ chứng minh người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>The data subject confirms the request directly</source>
        <translation>Chủ thể dữ liệu xác nhận trực tiếp yêu cầu</translation>
    </message>
    <message>
        <source>Control of a registered contact point: request from the registered email, a one-time code, or a callback</source>
        <translation>Kiểm soát một kênh liên lạc đã đăng ký: yêu cầu gửi từ email đã đăng ký, mã xác thực một lần, hoặc gọi lại</translation>
    </message>
    <message>
        <source>One fact on file answered correctly</source>
        <translation>Trả lời đúng một thông tin trong hồ sơ</translation>
    </message>
    <message>
        <source>A second, different fact on file answered correctly</source>
        <translation>Trả lời đúng thêm một thông tin khác trong hồ sơ</translation>
    </message>
    <message>
        <source>A third, different fact on file answered correctly</source>
        <translation>Trả lời đúng thông tin thứ ba, khác hai thông tin trước</translation>
    </message>
    <message>
        <source>A declaration signed by the requester</source>
        <translation>Bản cam kết có chữ ký của người yêu cầu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Citizen identity card (CCCD)</source>
        <translation>Căn cước công dân (CCCD)</translation>
    </message>
    <message>
        <source>Old identity card (CMND)</source>
        <translation>Chứng minh nhân dân (CMND)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Giấy phép lái xe</translation>
    </message>
    <message>
        <source>Signed written authorisation</source>
        <translation>Giấy ủy quyền có chữ ký</translation>
    </message>
    <message>
        <source>Parent of a minor</source>
        <translation>Cha mẹ của người chưa thành niên</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Other legal representative, with proof</source>
        <translation>Người đại diện theo pháp luật khác, có giấy tờ chứng minh</translation>
    </message>
    <message>
        <source>Code accepted.</source>
        <translation>Mã đúng.</translation>
    </message>
    <message>
        <source>Wrong code. Tries left: {tries}</source>
        <translation>Mã sai. Còn {tries} lần thử</translation>
    </message>
    <message>
        <source>The code has expired; send a new one.</source>
        <translation>Mã đã hết hạn; hãy gửi mã mới.</translation>
    </message>
    <message>
        <source>Too many wrong tries; the code is locked. Send a new one.</source>
        <translation>Sai quá số lần cho phép; mã đã bị khóa. Hãy gửi mã mới.</translation>
    </message>
    <message>
        <source>This code was used already.</source>
        <translation>Mã này đã được dùng.</translation>
    </message>
</context>
<context>
    <name>VerificationWizard</name>
    <message>
        <source>Identity verification</source>
        <translation>Xác minh danh tính</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Identifiers given in the request:</source>
        <translation>Thông tin nhận dạng trong yêu cầu:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Given (masked)</source>
        <translation>Đã cung cấp (che bớt)</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Khớp hồ sơ</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Kênh liên lạc</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Declaration, representative, ID</source>
        <translation>Cam kết, người đại diện, giấy tờ</translation>
    </message>
    <message>
        <source>Steps so far:</source>
        <translation>Các bước đã thực hiện:</translation>
    </message>
    <message>
        <source>The request came from a registered email</source>
        <translation>Yêu cầu được gửi từ email đã đăng ký</translation>
    </message>
    <message>
        <source>One-time code by email</source>
        <translation>Mã xác thực một lần qua email</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Gửi tới</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Gửi mã</translation>
    </message>
    <message>
        <source>Code read out</source>
        <translation>Mã người yêu cầu đọc</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Kiểm tra mã</translation>
    </message>
    <message>
        <source>Demo outbox…</source>
        <translation>Hộp thư đi (bản mẫu)…</translation>
    </message>
    <message>
        <source>Callback to a registered phone</source>
        <translation>Gọi lại số điện thoại đã đăng ký</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Số đã gọi</translation>
    </message>
    <message>
        <source>Subject confirmed</source>
        <translation>Chủ thể đã xác nhận</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Không xác nhận</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Answer heard</source>
        <translation>Câu trả lời nghe được</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Kiểm tra câu trả lời</translation>
    </message>
    <message>
        <source>A signed declaration was received</source>
        <translation>Đã nhận bản cam kết có chữ ký</translation>
    </message>
    <message>
        <source>Request made by a representative</source>
        <translation>Yêu cầu do người đại diện gửi</translation>
    </message>
    <message>
        <source>Authorisation seen</source>
        <translation>Giấy tờ ủy quyền đã xem</translation>
    </message>
    <message>
        <source>The data subject confirmed the request directly</source>
        <translation>Chủ thể dữ liệu đã xác nhận trực tiếp yêu cầu</translation>
    </message>
    <message>
        <source>Record representative</source>
        <translation>Ghi nhận người đại diện</translation>
    </message>
    <message>
        <source>ID document seen (no image, no full number)</source>
        <translation>Giấy tờ tùy thân đã xem (không lưu ảnh, không lưu đủ số)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation>Bốn số cuối</translation>
    </message>
    <message>
        <source>Record document</source>
        <translation>Ghi nhận giấy tờ</translation>
    </message>
    <message>
        <source>Case {reference}: level needed {needed}, level reached {reached}.</source>
        <translation>Hồ sơ {reference}: mức cần {needed}, mức đã đạt {reached}.</translation>
    </message>
    <message>
        <source>Level {needed} can no longer be reached in this case.</source>
        <translation>Mức {needed} không thể đạt được nữa trong vụ việc này.</translation>
    </message>
    <message>
        <source>Still needed for level {level}:</source>
        <translation>Còn cần để đạt mức {level}:</translation>
    </message>
    <message>
        <source>Link the case to the customer&apos;s records first.</source>
        <translation>Hãy liên kết hồ sơ yêu cầu với dữ liệu khách hàng trước.</translation>
    </message>
    <message>
        <source>Nothing: the required level is reached.</source>
        <translation>Không còn gì: đã đạt mức yêu cầu.</translation>
    </message>
    <message>
        <source>The customer has payment data on file: access, a data copy or an erasure that includes it needs level {level}, which also needs:</source>
        <translation>Khách hàng có dữ liệu thanh toán trong hồ sơ: việc xem, cấp bản sao hoặc xóa dữ liệu có bao gồm phần này cần mức {level}, và mức này còn cần thêm:</translation>
    </message>
    <message>
        <source>{requirement}. No way left in this case.</source>
        <translation>{requirement}. Không còn cách nào trong vụ việc này.</translation>
    </message>
    <message>
        <source>{requirement}. Ways left: {routes}</source>
        <translation>{requirement}. Cách còn lại: {routes}</translation>
    </message>
    <message>
        <source>{method} (tab “{tab}”)</source>
        <translation>{method} (thẻ “{tab}”)</translation>
    </message>
    <message>
        <source>{mark} (nothing on file)</source>
        <translation>{mark} (hồ sơ không có)</translation>
    </message>
    <message>
        <source>No question left to ask.</source>
        <translation>Không còn câu hỏi nào để hỏi.</translation>
    </message>
    <message>
        <source>No question left to ask, and nothing else can supply the missing fact in this case.</source>
        <translation>Không còn câu hỏi nào để hỏi, và trong vụ việc này không còn cách nào khác để bổ sung thông tin còn thiếu.</translation>
    </message>
    <message>
        <source>No question left to ask. The missing fact can still come from: {routes}</source>
        <translation>Không còn câu hỏi nào để hỏi. Thông tin còn thiếu vẫn có thể bổ sung bằng: {routes}</translation>
    </message>
    <message>
        <source>The customer has no registered email.</source>
        <translation>Khách hàng không có email đã đăng ký.</translation>
    </message>
    <message>
        <source>Code sent. Ask the requester to read it out; it is valid for 10 minutes.</source>
        <translation>Đã gửi mã. Hãy đề nghị người yêu cầu đọc mã; mã có hiệu lực trong 10 phút.</translation>
    </message>
    <message>
        <source>Answer correct.</source>
        <translation>Trả lời đúng.</translation>
    </message>
    <message>
        <source>Answer wrong; ask another question.</source>
        <translation>Trả lời sai; hãy hỏi câu khác.</translation>
    </message>
    <message>
        <source>Step recorded.</source>
        <translation>Đã ghi nhận bước xác minh.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Không thể thực hiện</translation>
    </message>
    <message>
        <source>This cannot be done as it is. Please fix the following and try again.</source>
        <translation>Chưa thể thực hiện thao tác này. Vui lòng sửa điều sau rồi thử lại.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Sorry, CLB4U Desk ran into a problem it did not expect. What you just did may not have been completed.</source>
        <translation>Xin lỗi, CLB4U Desk gặp một lỗi ngoài dự kiến. Thao tác vừa rồi có thể chưa được hoàn tất.</translation>
    </message>
    <message>
        <source>Please tell IT support and send them the log file:
{path}</source>
        <translation>Vui lòng báo cho bộ phận hỗ trợ CNTT và gửi kèm tệp nhật ký:
{path}</translation>
    </message>
    <message>
        <source>The reason for the decision</source>
        <translation>Lý do của quyết định</translation>
    </message>
    <message>
        <source>A proposal needs a signed-in user.</source>
        <translation>Một đề xuất cần có người dùng đã đăng nhập.</translation>
    </message>
    <message>
        <source>Approvals need a signed-in supervisor (four eyes).</source>
        <translation>Việc phê duyệt cần một giám sát viên đã đăng nhập (kiểm soát bốn mắt).</translation>
    </message>
    <message>
        <source>Give a reason for approving or rejecting.</source>
        <translation>Hãy nêu lý do phê duyệt hoặc từ chối.</translation>
    </message>
    <message>
        <source>This approval was changed by someone else meanwhile; reload it.</source>
        <translation>Đề xuất phê duyệt này vừa được người khác thay đổi; hãy tải lại.</translation>
    </message>
    <message>
        <source>This proposal has already been decided.</source>
        <translation>Đề xuất này đã được quyết định.</translation>
    </message>
    <message>
        <source>You proposed this yourself; another supervisor must decide (four eyes).</source>
        <translation>Chính bạn đã đề xuất việc này; một giám sát viên khác phải quyết định (kiểm soát bốn mắt).</translation>
    </message>
    <message>
        <source>No such approval.</source>
        <translation>Không có đề xuất phê duyệt này.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this; it needs: {roles}.</source>
        <translation>Vai trò của bạn ({role}) không được làm việc này; cần vai trò: {roles}.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>The request item</source>
        <translation>Mục yêu cầu</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>Không có vụ việc này.</translation>
    </message>
    <message>
        <source>No such request item.</source>
        <translation>Không có mục yêu cầu này.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else meanwhile; reload it and try again.</source>
        <translation>{what} vừa được người khác thay đổi; hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <source>Case {reference} is closed and cannot change any more.</source>
        <translation>Vụ việc {reference} đã đóng và không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>The reason the clock stops</source>
        <translation>Lý do tạm dừng thời hạn</translation>
    </message>
    <message>
        <source>The reason a processor or third party must act (or no longer must)</source>
        <translation>Lý do bên xử lý hoặc bên thứ ba phải thực hiện (hoặc không còn phải thực hiện)</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>Không có tệp đính kèm này.</translation>
    </message>
    <message>
        <source>Case {reference} is not assigned to anyone.</source>
        <translation>Vụ việc {reference} chưa được giao cho ai.</translation>
    </message>
    <message>
        <source>Case {reference} is assigned to this person already.</source>
        <translation>Vụ việc {reference} đã được giao cho người này rồi.</translation>
    </message>
    <message>
        <source>The reason for the outcome</source>
        <translation>Lý do của kết quả</translation>
    </message>
    <message>
        <source>No such active account to assign the case to.</source>
        <translation>Không có tài khoản đang hoạt động này để giao vụ việc.</translation>
    </message>
    <message>
        <source>Case {reference} was acknowledged already.</source>
        <translation>Vụ việc {reference} đã được gửi thư xác nhận.</translation>
    </message>
    <message>
        <source>Say why a processor or third party must act for this item (or no longer must).</source>
        <translation>Hãy nêu lý do bên xử lý dữ liệu hoặc bên thứ ba phải thực hiện mục này (hoặc không còn phải thực hiện).</translation>
    </message>
    <message>
        <source>The item already says that a processor or third party must act.</source>
        <translation>Mục này đã ghi nhận là bên xử lý dữ liệu hoặc bên thứ ba phải thực hiện.</translation>
    </message>
    <message>
        <source>The item does not say that a processor or third party must act.</source>
        <translation>Mục này chưa ghi nhận là bên xử lý dữ liệu hoặc bên thứ ba phải thực hiện.</translation>
    </message>
    <message>
        <source>This request item has been decided already.</source>
        <translation>Mục yêu cầu này đã được quyết định.</translation>
    </message>
    <message>
        <source>The items&apos; outcomes add up to &apos;{derived}&apos;, not &apos;{outcome}&apos;; change the items&apos; outcomes first.</source>
        <translation>Kết quả của các mục cộng lại là &apos;{derived}&apos;, không phải &apos;{outcome}&apos;; hãy đổi kết quả của các mục trước.</translation>
    </message>
    <message>
        <source>The clock of this item is stopped already.</source>
        <translation>Mục này đã tạm dừng tính hạn rồi.</translation>
    </message>
    <message>
        <source>The period of this item has run out already; the clock can no longer be stopped for it.</source>
        <translation>Thời hạn của mục này đã hết; không thể tạm dừng tính hạn cho mục này nữa.</translation>
    </message>
    <message>
        <source>The rules that apply to this item do not let its clock stop.</source>
        <translation>Các quy định áp dụng cho mục này không cho phép tạm dừng tính hạn.</translation>
    </message>
    <message>
        <source>The clock of this item is running; nothing to restart.</source>
        <translation>Mục này đang được tính hạn; không có gì để tiếp tục.</translation>
    </message>
    <message>
        <source>Case {reference}: the requester&apos;s identity is verified to level {reached}, and its requests need {needed}. The verification moves the case to verified once that level is reached.</source>
        <translation>Vụ việc {reference}: danh tính người yêu cầu đã được xác minh ở mức {reached}, còn các yêu cầu của vụ việc cần {needed}. Việc xác minh sẽ chuyển vụ việc sang trạng thái &quot;Đã xác minh danh tính&quot; khi đạt mức đó.</translation>
    </message>
    <message>
        <source>A case waits for approval only when an erasure, a refusal or an extension is proposed for it.</source>
        <translation>Vụ việc chỉ chuyển sang chờ phê duyệt khi có đề xuất xóa dữ liệu, từ chối hoặc gia hạn cho vụ việc đó.</translation>
    </message>
    <message>
        <source>A proposal of this case waits for a supervisor; their decision moves the case back to work (four eyes).</source>
        <translation>Một đề xuất của vụ việc này đang chờ giám sát viên; quyết định của giám sát viên sẽ đưa vụ việc trở lại xử lý (kiểm soát bốn mắt).</translation>
    </message>
    <message>
        <source>Choose an outcome: done, partly done or refused.</source>
        <translation>Hãy chọn kết quả: đã thực hiện, thực hiện một phần hoặc từ chối.</translation>
    </message>
    <message>
        <source>A refusal or a partial answer needs a reason for the requester.</source>
        <translation>Việc từ chối hoặc trả lời một phần cần có lý do gửi người yêu cầu.</translation>
    </message>
    <message>
        <source>Case {reference} is {state}; an item cannot be marked {outcome} now.</source>
        <translation>Vụ việc {reference} đang ở trạng thái {state}; lúc này không thể ghi kết quả {outcome} cho một mục.</translation>
    </message>
    <message>
        <source>There is no case {reference}.</source>
        <translation>Không có vụ việc {reference}.</translation>
    </message>
    <message>
        <source>Issuing a copy needs a signed-in user, so that the issuing agent is recorded.</source>
        <translation>Việc cấp bản sao cần người dùng đã đăng nhập, để ghi nhận nhân viên hỗ trợ cấp bản sao.</translation>
    </message>
    <message>
        <source>The copy&apos;s language must be one of {languages}.</source>
        <translation>Ngôn ngữ của bản sao phải là một trong {languages}.</translation>
    </message>
    <message>
        <source>Case {reference} asks for neither access nor a copy, so no data copy is issued for it. Add the right to the case if the requester asked for it.</source>
        <translation>Vụ việc {reference} không yêu cầu quyền truy cập cũng như bản sao, nên không cấp bản sao dữ liệu cho vụ việc này. Hãy thêm quyền đó vào vụ việc nếu người yêu cầu đã yêu cầu.</translation>
    </message>
    <message>
        <source>Choose one or more formats among pdf, json and csv.</source>
        <translation>Hãy chọn một hoặc nhiều định dạng trong số pdf, json và csv.</translation>
    </message>
    <message>
        <source>The channel must be one of {channels}.</source>
        <translation>Kênh gửi phải là một trong {channels}.</translation>
    </message>
    <message>
        <source>An encrypted copy is a PDF: the JSON and CSV exports travel inside it. Add the PDF format, or issue without encryption.</source>
        <translation>Bản sao được mã hóa là một tệp PDF: các tệp xuất JSON và CSV nằm bên trong tệp đó. Hãy thêm định dạng PDF, hoặc cấp bản sao không mã hóa.</translation>
    </message>
    <message>
        <source>Separate JSON/CSV files cannot be encrypted. Put the exports inside the encrypted PDF, or issue without encryption.</source>
        <translation>Không thể mã hóa các tệp JSON/CSV riêng lẻ. Hãy đặt các tệp xuất vào trong tệp PDF được mã hóa, hoặc cấp bản sao không mã hóa.</translation>
    </message>
    <message>
        <source>The folder {out_dir} does not exist.</source>
        <translation>Thư mục {out_dir} không tồn tại.</translation>
    </message>
    <message>
        <source>{taken} already exists in {parent}; choose another folder (an issued file is never overwritten).</source>
        <translation>{taken} đã có trong {parent}; hãy chọn thư mục khác (tệp đã cấp không bao giờ bị ghi đè).</translation>
    </message>
    <message>
        <source>The copy cannot be written into the folder {out_dir} ({reason}); choose another folder.</source>
        <translation>Không ghi được bản sao vào thư mục {out_dir} ({reason}); hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>{what} is needed.</source>
        <translation>{what} là bắt buộc.</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <source>The customer linked to this case no longer exists.</source>
        <translation>Khách hàng được liên kết với vụ việc này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Case {reference} has no pending request for {names}; this decision needs one.</source>
        <translation>Vụ việc {reference} không có yêu cầu nào đang chờ về {names}; quyết định này cần có một yêu cầu như vậy.</translation>
    </message>
    <message>
        <source>A proposal for this request item is already waiting for a supervisor; wait for the decision (or ask for it to be rejected) before proposing another.</source>
        <translation>Một đề xuất cho mục yêu cầu này đang chờ giám sát viên; hãy chờ quyết định (hoặc đề nghị từ chối đề xuất đó) trước khi đề xuất lại.</translation>
    </message>
    <message>
        <source>This proposal names no request item.</source>
        <translation>Đề xuất này không nêu mục yêu cầu nào.</translation>
    </message>
    <message>
        <source>The request item was decided meanwhile; reject this proposal instead.</source>
        <translation>Mục yêu cầu vừa được quyết định; hãy từ chối đề xuất này.</translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation>Lý do sửa dữ liệu</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Một bản ghi</translation>
    </message>
    <message>
        <source>The reason for the restriction</source>
        <translation>Lý do hạn chế xử lý</translation>
    </message>
    <message>
        <source>The restriction</source>
        <translation>Hạn chế xử lý</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>Lý do gia hạn</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The legal ground</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>The new values are the same as those held; there is nothing to correct.</source>
        <translation>Các giá trị mới giống với dữ liệu đang lưu; không có gì để sửa.</translation>
    </message>
    <message>
        <source>Choose how the recipient was told: {channels}.</source>
        <translation>Hãy chọn cách đã thông báo cho bên nhận: {channels}.</translation>
    </message>
    <message>
        <source>Recipients are told of: {decisions}.</source>
        <translation>Bên nhận được thông báo về: {decisions}.</translation>
    </message>
    <message>
        <source>No such recipient for this case&apos;s customer.</source>
        <translation>Không có bên nhận này đối với khách hàng của vụ việc.</translation>
    </message>
    <message>
        <source>Choose at least one category or purpose to restrict.</source>
        <translation>Hãy chọn ít nhất một loại dữ liệu hoặc mục đích cần hạn chế.</translation>
    </message>
    <message>
        <source>Tell the requester before the restriction is lifted (GDPR Art. 18(3)), then confirm that they were told.</source>
        <translation>Hãy thông báo cho người yêu cầu trước khi gỡ bỏ hạn chế (GDPR Điều 18(3)), rồi xác nhận là đã thông báo.</translation>
    </message>
    <message>
        <source>Say how the requester was told: {channels}.</source>
        <translation>Hãy cho biết đã thông báo cho người yêu cầu bằng cách nào: {channels}.</translation>
    </message>
    <message>
        <source>No such restriction for this case&apos;s customer.</source>
        <translation>Không có hạn chế xử lý này đối với khách hàng của vụ việc.</translation>
    </message>
    <message>
        <source>This restriction has been lifted already.</source>
        <translation>Hạn chế xử lý này đã được gỡ bỏ.</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>Hãy chọn ít nhất một mục đích.</translation>
    </message>
    <message>
        <source>The request gave no email address to stop messages to.</source>
        <translation>Yêu cầu không nêu địa chỉ email nào để ngừng gửi tin nhắn.</translation>
    </message>
    <message>
        <source>The request gave no phone number to stop messages to.</source>
        <translation>Yêu cầu không nêu số điện thoại nào để ngừng gửi tin nhắn.</translation>
    </message>
    <message>
        <source>A deadline period must be at least one day or month long.</source>
        <translation>Một thời hạn phải dài ít nhất một ngày hoặc một tháng.</translation>
    </message>
    <message>
        <source>The {regime} deadline rules have no period for: {missing}.</source>
        <translation>Quy định thời hạn {regime} không có thời hạn cho: {missing}.</translation>
    </message>
    <message>
        <source>The deadline rules must include the Vietnamese regime.</source>
        <translation>Quy định thời hạn phải có chế độ pháp lý Việt Nam.</translation>
    </message>
    <message>
        <source>The rules filed under {regime} are for another regime.</source>
        <translation>Các quy định xếp dưới {regime} là của một chế độ pháp lý khác.</translation>
    </message>
    <message>
        <source>&apos;Due soon&apos; cannot be a negative number of working days.</source>
        <translation>&apos;Sắp đến hạn&apos; không thể là số ngày làm việc âm.</translation>
    </message>
    <message>
        <source>No deadline rules are set up for {regime}.</source>
        <translation>Chưa thiết lập quy định thời hạn cho {regime}.</translation>
    </message>
    <message>
        <source>A receipt or notice time must carry its time zone (UTC).</source>
        <translation>Thời điểm nhận hoặc thông báo phải có múi giờ (UTC).</translation>
    </message>
    <message>
        <source>{what} needs a reason.</source>
        <translation>{what} cần có lý do.</translation>
    </message>
    <message>
        <source>Stopping the clock</source>
        <translation>Việc tạm dừng tính hạn</translation>
    </message>
    <message>
        <source>A pause cannot end before it starts.</source>
        <translation>Khoảng tạm dừng không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>An extension</source>
        <translation>Việc gia hạn</translation>
    </message>
    <message>
        <source>An extension&apos;s notice time must carry its time zone (UTC).</source>
        <translation>Thời điểm thông báo gia hạn phải có múi giờ (UTC).</translation>
    </message>
    <message>
        <source>The receipt time must carry its time zone (UTC).</source>
        <translation>Thời điểm nhận phải có múi giờ (UTC).</translation>
    </message>
    <message>
        <source>The clock cannot be stopped before the request was received.</source>
        <translation>Không thể tạm dừng tính hạn trước thời điểm nhận yêu cầu.</translation>
    </message>
    <message>
        <source>No acknowledgement period is set up for these regimes.</source>
        <translation>Chưa thiết lập thời hạn gửi thư xác nhận cho các chế độ pháp lý này.</translation>
    </message>
    <message>
        <source>This item was extended once already; no second extension.</source>
        <translation>Mục này đã được gia hạn một lần; không được gia hạn lần thứ hai.</translation>
    </message>
    <message>
        <source>No applicable rules allow extending this item.</source>
        <translation>Không có quy định áp dụng nào cho phép gia hạn mục này.</translation>
    </message>
    <message>
        <source>The period under {regime} ended on {due}; an extension must be notified before then.</source>
        <translation>Thời hạn theo {regime} đã kết thúc vào ngày {due}; việc gia hạn phải được thông báo trước ngày đó.</translation>
    </message>
    <message>
        <source>The clock is stopped, so no period is running to extend; restart it first.</source>
        <translation>Việc tính hạn đang tạm dừng nên không có thời hạn nào đang chạy để gia hạn; hãy tiếp tục tính hạn trước.</translation>
    </message>
    <message>
        <source>This erasure proposal has no plan; propose it again.</source>
        <translation>Đề xuất xóa dữ liệu này không có kế hoạch; hãy đề xuất lại.</translation>
    </message>
    <message>
        <source>Executing an erasure</source>
        <translation>Việc thực hiện xóa dữ liệu</translation>
    </message>
    <message>
        <source>Issuing a certificate</source>
        <translation>Việc cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>A deletion certificate exists only for an executed erasure.</source>
        <translation>Giấy chứng nhận xóa chỉ có cho một lần xóa dữ liệu đã thực hiện.</translation>
    </message>
    <message>
        <source>{what} needs a signed-in user.</source>
        <translation>{what} cần có người dùng đã đăng nhập.</translation>
    </message>
    <message>
        <source>Case {reference} has no such request item.</source>
        <translation>Vụ việc {reference} không có mục yêu cầu này.</translation>
    </message>
    <message>
        <source>This request item does not ask for erasure.</source>
        <translation>Mục yêu cầu này không yêu cầu xóa dữ liệu.</translation>
    </message>
    <message>
        <source>This request item has already been answered.</source>
        <translation>Mục yêu cầu này đã được trả lời.</translation>
    </message>
    <message>
        <source>An erasure for this request item is already proposed or approved.</source>
        <translation>Việc xóa dữ liệu cho mục yêu cầu này đã được đề xuất hoặc phê duyệt.</translation>
    </message>
    <message>
        <source>This approval is not an erasure.</source>
        <translation>Đề xuất phê duyệt này không phải là xóa dữ liệu.</translation>
    </message>
    <message>
        <source>This erasure has not been approved by a supervisor; it cannot be carried out.</source>
        <translation>Việc xóa dữ liệu này chưa được giám sát viên phê duyệt; không thể thực hiện.</translation>
    </message>
    <message>
        <source>This erasure has already been carried out.</source>
        <translation>Việc xóa dữ liệu này đã được thực hiện.</translation>
    </message>
    <message>
        <source>The case is linked to another customer since the approval.</source>
        <translation>Từ khi được phê duyệt, vụ việc đã được liên kết với một khách hàng khác.</translation>
    </message>
    <message>
        <source>The erasure plan has changed since it was approved (categories: {changed}), e.g. a new legal hold, new records or a retention date that passed. Nothing was erased; propose the erasure again.</source>
        <translation>Kế hoạch xóa dữ liệu đã thay đổi từ khi được phê duyệt (loại dữ liệu: {changed}), ví dụ do có lệnh phong tỏa pháp lý mới, dữ liệu mới hoặc một ngày hết hạn lưu trữ đã qua. Chưa có dữ liệu nào bị xóa; hãy đề xuất xóa lại.</translation>
    </message>
    <message>
        <source>The decision log to replay from does not verify (entry {seq} was {kind}); nothing was replayed.</source>
        <translation>Không xác minh được nhật ký quyết định dùng để chạy lại (mục {seq} là {kind}); không có gì được chạy lại.</translation>
    </message>
    <message>
        <source>The decision log has no execution entry for this erasure.</source>
        <translation>Nhật ký quyết định không có mục thực hiện cho lần xóa dữ liệu này.</translation>
    </message>
    <message>
        <source>Case {reference} is not linked to a customer yet; find the requester&apos;s records and link them before acting on this request.</source>
        <translation>Vụ việc {reference} chưa được liên kết với khách hàng; hãy tìm dữ liệu của người yêu cầu và liên kết trước khi xử lý yêu cầu này.</translation>
    </message>
    <message>
        <source>Case {reference}: the requester&apos;s identity is verified to level {reached}, and this action ({action}) needs {needed}. Complete the verification first.</source>
        <translation>Vụ việc {reference}: danh tính người yêu cầu đã được xác minh ở mức {reached}, còn thao tác này ({action}) cần {needed}. Hãy hoàn tất việc xác minh trước.</translation>
    </message>
    <message>
        <source>Case {reference} is {state}; decisions on the requester&apos;s records wait until their identity is verified.</source>
        <translation>Vụ việc {reference} đang ở trạng thái {state}; các quyết định về hồ sơ của người yêu cầu phải chờ đến khi danh tính của họ được xác minh.</translation>
    </message>
    <message>
        <source>No right could be recognised in the email; choose the rights asked for and import it again.</source>
        <translation>Không nhận ra quyền nào trong email; hãy chọn các quyền được yêu cầu rồi nhập lại.</translation>
    </message>
    <message>
        <source>A processor or third party is marked for {extra}, which the email does not ask for; choose the rights asked for and import it again.</source>
        <translation>Bên xử lý dữ liệu hoặc bên thứ ba được đánh dấu cho {extra}, nhưng email không yêu cầu quyền đó; hãy chọn các quyền được yêu cầu rồi nhập lại.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Một vụ việc không thể liên quan đến chính nó.</translation>
    </message>
    <message>
        <source>The related case does not exist.</source>
        <translation>Vụ việc liên quan không tồn tại.</translation>
    </message>
    <message>
        <source>The requester&apos;s name</source>
        <translation>Họ tên người yêu cầu</translation>
    </message>
    <message>
        <source>The postal address</source>
        <translation>Địa chỉ bưu chính</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The same email is given twice; import it once.</source>
        <translation>Cùng một email được đưa vào hai lần; chỉ nhập một lần.</translation>
    </message>
    <message>
        <source>This email is already case {reference}.</source>
        <translation>Email này đã là vụ việc {reference}.</translation>
    </message>
    <message>
        <source>The time of receipt must carry its time zone.</source>
        <translation>Thời điểm nhận phải có múi giờ.</translation>
    </message>
    <message>
        <source>The time of receipt lies in the future.</source>
        <translation>Thời điểm nhận nằm ở tương lai.</translation>
    </message>
    <message>
        <source>The requester&apos;s language must be Vietnamese (vi) or English (en).</source>
        <translation>Ngôn ngữ của người yêu cầu phải là tiếng Việt (vi) hoặc tiếng Anh (en).</translation>
    </message>
    <message>
        <source>Choose at least one right the requester asks for.</source>
        <translation>Hãy chọn ít nhất một quyền mà người yêu cầu yêu cầu.</translation>
    </message>
    <message>
        <source>A processor or third party is marked for {extra}, which the request does not ask for; mark only rights asked for.</source>
        <translation>Bên xử lý dữ liệu hoặc bên thứ ba được đánh dấu cho {extra}, nhưng yêu cầu không đề cập quyền đó; chỉ đánh dấu các quyền được yêu cầu.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>Số điện thoại không hợp lệ.</translation>
    </message>
    <message>
        <source>Give at least one way to reach the requester: email, phone or postal address.</source>
        <translation>Hãy cung cấp ít nhất một cách liên lạc với người yêu cầu: email, điện thoại hoặc địa chỉ bưu chính.</translation>
    </message>
    <message>
        <source>This case is not linked to a customer yet. Search for the requester and link the matching customer record to the case first.</source>
        <translation>Vụ việc này chưa được liên kết với khách hàng. Hãy tìm người yêu cầu và liên kết hồ sơ khách hàng phù hợp với vụ việc trước.</translation>
    </message>
    <message>
        <source>The requester&apos;s identity has not been verified. Verify it (at least level L1: registered email or a one-time code) before looking at the records.</source>
        <translation>Danh tính người yêu cầu chưa được xác minh. Hãy xác minh (ít nhất mức L1: email đã đăng ký hoặc mã dùng một lần) trước khi xem dữ liệu.</translation>
    </message>
    <message>
        <source>{table}.{field} cannot be corrected here; the fields that can are: {allowed}.</source>
        <translation>{table}.{field} không sửa được ở đây; các trường sửa được là: {allowed}.</translation>
    </message>
    <message>
        <source>{label_en} ({label_vi}) cannot be empty.</source>
        <translation>{label_vi} ({label_en}) không được để trống.</translation>
    </message>
    <message>
        <source>{label_en} ({label_vi}) {error}.</source>
        <translation>{label_vi} ({label_en}) {error}.</translation>
    </message>
    <message>
        <source>No such record in {table} for this case&apos;s customer.</source>
        <translation>Không có bản ghi này trong {table} đối với khách hàng của vụ việc.</translation>
    </message>
    <message>
        <source>Choose at least one field to correct.</source>
        <translation>Hãy chọn ít nhất một trường cần sửa.</translation>
    </message>
    <message>
        <source>{label_en} of one record is changed twice; keep one.</source>
        <translation>{label_en} của một bản ghi bị sửa hai lần; hãy giữ lại một.</translation>
    </message>
    <message>
        <source>The version you saw of {key} is missing; preview the correction again.</source>
        <translation>Thiếu phiên bản {key} mà bạn đã xem; hãy xem trước việc sửa lại.</translation>
    </message>
    <message>
        <source>Record {key} was changed by someone else meanwhile; reload it, check the values and try again.</source>
        <translation>Bản ghi {key} vừa được người khác thay đổi; hãy tải lại, kiểm tra các giá trị rồi thử lại.</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>Không có khách hàng này.</translation>
    </message>
    <message>
        <source>Case {reference} already has verification steps recorded against another customer&apos;s records, so it cannot be linked to a different one. Open a new case for this customer.</source>
        <translation>Vụ việc {reference} đã có các bước xác minh được ghi nhận đối với dữ liệu của một khách hàng khác, nên không thể liên kết với khách hàng khác. Hãy mở một vụ việc mới cho khách hàng này.</translation>
    </message>
    <message>
        <source>This request did not come by email, so it cannot have come from the registered email; use a one-time code or a callback instead.</source>
        <translation>Yêu cầu này không được gửi qua email, nên không thể đến từ email đã đăng ký; hãy dùng mã dùng một lần hoặc gọi lại.</translation>
    </message>
    <message>
        <source>Only email codes can be sent from this installation; for a phone, call the registered number back instead.</source>
        <translation>Bản cài đặt này chỉ gửi được mã qua email; với số điện thoại, hãy gọi lại số đã đăng ký.</translation>
    </message>
    <message>
        <source>This number is not a registered phone of the customer; call back only a number on file.</source>
        <translation>Số này không phải là số điện thoại đã đăng ký của khách hàng; chỉ gọi lại số có trong hồ sơ.</translation>
    </message>
    <message>
        <source>The records hold nothing for this question; choose another one.</source>
        <translation>Dữ liệu không có thông tin cho câu hỏi này; hãy chọn câu hỏi khác.</translation>
    </message>
    <message>
        <source>This question was asked already in this case; choose another one.</source>
        <translation>Câu hỏi này đã được hỏi trong vụ việc; hãy chọn câu hỏi khác.</translation>
    </message>
    <message>
        <source>No one-time code is waiting for this case; send a new one.</source>
        <translation>Không có mã dùng một lần nào đang chờ cho vụ việc này; hãy gửi mã mới.</translation>
    </message>
    <message>
        <source>Identity verification needs a signed-in user.</source>
        <translation>Việc xác minh danh tính cần người dùng đã đăng nhập.</translation>
    </message>
    <message>
        <source>Case {reference} is not linked to a customer yet; find the requester&apos;s records and link them first.</source>
        <translation>Vụ việc {reference} chưa được liên kết với khách hàng; hãy tìm dữ liệu của người yêu cầu và liên kết trước.</translation>
    </message>
    <message>
        <source>Choose one registered email to send the code to.</source>
        <translation>Hãy chọn một email đã đăng ký để gửi mã.</translation>
    </message>
    <message>
        <source>A code goes only to an email registered for this customer; that address is not one of them.</source>
        <translation>Mã chỉ được gửi đến email đã đăng ký của khách hàng này; địa chỉ đó không nằm trong số này.</translation>
    </message>
    <message>
        <source>The file is not an email: it is unreadable UTF-16 text.</source>
        <translation>Tệp này không phải là email: đây là văn bản UTF-16 không đọc được.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB; it is not accepted as an email.</source>
        <translation>Tệp lớn hơn {megabytes} MB; không được chấp nhận là email.</translation>
    </message>
    <message>
        <source>The file is empty; it is not an email.</source>
        <translation>Tệp trống; đây không phải là email.</translation>
    </message>
    <message>
        <source>The file is {what}, not an email.</source>
        <translation>Tệp này là {what}, không phải email.</translation>
    </message>
    <message>
        <source>The file contains binary data, not an email.</source>
        <translation>Tệp chứa dữ liệu nhị phân, không phải email.</translation>
    </message>
    <message>
        <source>The file does not start with email header lines; it is not an email.</source>
        <translation>Tệp không bắt đầu bằng các dòng tiêu đề email; đây không phải là email.</translation>
    </message>
    <message>
        <source>The email nests parts or brackets more than {depth} levels deep; it is not accepted.</source>
        <translation>Email lồng các phần hoặc dấu ngoặc sâu hơn {depth} cấp; không được chấp nhận.</translation>
    </message>
    <message>
        <source>An email header is longer than {kilobytes} KB; it is not accepted.</source>
        <translation>Một dòng tiêu đề (header) của email dài hơn {kilobytes} KB; không được chấp nhận.</translation>
    </message>
    <message>
        <source>An email header has more than {count} parameters; it is not accepted.</source>
        <translation>Một dòng tiêu đề (header) của email có hơn {count} tham số; không được chấp nhận.</translation>
    </message>
    <message>
        <source>The headers of the email or of one of its parts are larger than {kilobytes} KB; it is not accepted.</source>
        <translation>Phần tiêu đề (header) của email hoặc của một phần trong email lớn hơn {kilobytes} KB; không được chấp nhận.</translation>
    </message>
    <message>
        <source>The email has more than {parts} parts; it is not accepted.</source>
        <translation>Email có hơn {parts} phần; không được chấp nhận.</translation>
    </message>
    <message>
        <source>The email has no valid sender (From) address.</source>
        <translation>Email không có địa chỉ người gửi (From) hợp lệ.</translation>
    </message>
    <message>
        <source>No working OS keyring was found, and CLB4U Desk keeps its secrets only there. On Windows and macOS the system keyring works out of the box; on Linux install and unlock a Secret Service keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>Không tìm thấy kho khóa (keyring) nào của hệ điều hành hoạt động được, mà CLB4U Desk chỉ lưu các thông tin bí mật ở đó. Trên Windows và macOS, kho khóa của hệ thống dùng được ngay; trên Linux, hãy cài đặt và mở khóa một kho khóa Secret Service (GNOME Keyring hoặc KWallet), rồi thử lại.</translation>
    </message>
    <message>
        <source>{message} ({kind})</source>
        <translation>{message} ({kind})</translation>
    </message>
    <message>
        <source>The recipient must be one plain email address.</source>
        <translation>Người nhận phải là một địa chỉ email đơn thuần.</translation>
    </message>
    <message>
        <source>A mail subject is one line.</source>
        <translation>Tiêu đề thư chỉ có một dòng.</translation>
    </message>
    <message>
        <source>The mail is too long to send.</source>
        <translation>Thư quá dài để gửi.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in. Ask IT to check the SMTP user name and the password stored in the keyring.</source>
        <translation>Máy chủ thư đã từ chối đăng nhập. Hãy nhờ bộ phận IT kiểm tra tên người dùng SMTP và mật khẩu lưu trong kho khóa.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient address; nothing was sent.</source>
        <translation>Máy chủ thư đã từ chối địa chỉ người nhận; chưa có gì được gửi.</translation>
    </message>
    <message>
        <source>The mail server ({host}:{port}) could not be reached or did not accept the mail; nothing was sent. Try again later or ask IT to check the mail settings.</source>
        <translation>Không kết nối được máy chủ thư ({host}:{port}) hoặc máy chủ không nhận thư; chưa có gì được gửi. Hãy thử lại sau hoặc nhờ bộ phận IT kiểm tra cấu hình thư.</translation>
    </message>
    <message>
        <source>The mail server needs a password and none is stored in the keyring. Store it with: clb4u-desk secret set smtp</source>
        <translation>Máy chủ thư cần mật khẩu nhưng kho khóa chưa lưu mật khẩu nào. Hãy lưu bằng lệnh: clb4u-desk secret set smtp</translation>
    </message>
    <message>
        <source>The demo outbox folder {folder} cannot be written; nothing was sent.</source>
        <translation>Không ghi được vào thư mục hộp thư đi của bản mẫu {folder}; chưa gửi gì.</translation>
    </message>
    <message>
        <source>The database URL cannot be read; it looks like postgresql://USER@HOST:5432/NAME or sqlite:///PATH/desk.sqlite3.</source>
        <translation>Không đọc được URL cơ sở dữ liệu; URL có dạng postgresql://USER@HOST:5432/NAME hoặc sqlite:///PATH/desk.sqlite3.</translation>
    </message>
    <message>
        <source>The database URL contains a password. Remove it from the configuration and store it in the OS keyring with: clb4u-desk secret set database</source>
        <translation>URL cơ sở dữ liệu có chứa mật khẩu. Hãy xóa mật khẩu khỏi cấu hình và lưu vào kho khóa của hệ điều hành bằng lệnh: clb4u-desk secret set database</translation>
    </message>
    <message>
        <source>The folder of the database file cannot be created ({strerror}); choose a folder this user may write to.</source>
        <translation>Không tạo được thư mục chứa tệp cơ sở dữ liệu ({strerror}); hãy chọn một thư mục mà người dùng này có quyền ghi.</translation>
    </message>
    <message>
        <source>The database &apos;{backend}&apos; is not supported; use SQLite or PostgreSQL.</source>
        <translation>Cơ sở dữ liệu &apos;{backend}&apos; không được hỗ trợ; hãy dùng SQLite hoặc PostgreSQL.</translation>
    </message>
    <message>
        <source>The log to replay from is not a database URL (for example sqlite:///D:/backup/desk.sqlite3 or postgresql://desk@db.clb4u.lan/clb4u_old).</source>
        <translation>Nguồn nhật ký để chạy lại không phải là URL cơ sở dữ liệu (ví dụ sqlite:///D:/backup/desk.sqlite3 hoặc postgresql://desk@db.clb4u.lan/clb4u_old).</translation>
    </message>
    <message>
        <source>There is no database file at the path given for the log to replay from.</source>
        <translation>Không có tệp cơ sở dữ liệu nào tại đường dẫn đã cho để chạy lại nhật ký.</translation>
    </message>
    <message>
        <source>The database to replay the log from cannot be opened (check the URL and that the server is reachable).</source>
        <translation>Không mở được cơ sở dữ liệu dùng để chạy lại nhật ký (hãy kiểm tra URL và máy chủ có truy cập được không).</translation>
    </message>
    <message>
        <source>The database given to replay from holds no CLB4U decision log.</source>
        <translation>Cơ sở dữ liệu đã cho để chạy lại không chứa nhật ký quyết định nào của CLB4U.</translation>
    </message>
    <message>
        <source>This workstation has no pseudonym key in its keyring. Ask your administrator for the team&apos;s key and store it with: clb4u-desk secret set pseudonym-key</source>
        <translation>Máy trạm này chưa có khóa bí danh (pseudonym key) trong kho khóa. Hãy xin quản trị viên khóa của nhóm và lưu bằng lệnh: clb4u-desk secret set pseudonym-key</translation>
    </message>
    <message>
        <source>The database schema is not up to date. Run: clb4u-desk db upgrade</source>
        <translation>Lược đồ cơ sở dữ liệu chưa được cập nhật. Hãy chạy: clb4u-desk db upgrade</translation>
    </message>
    <message>
        <source>Cannot connect to the database {display_name}: check that the server is running and reachable, that the database exists and that this workstation may sign in (clb4u-desk secret set database stores the password).</source>
        <translation>Không kết nối được cơ sở dữ liệu {display_name}: hãy kiểm tra máy chủ đang chạy và truy cập được, cơ sở dữ liệu tồn tại và máy trạm này được phép đăng nhập (lệnh clb4u-desk secret set database lưu mật khẩu).</translation>
    </message>
    <message>
        <source>The config file {path} cannot be read: {error}</source>
        <translation>Không đọc được tệp cấu hình {path}: {error}</translation>
    </message>
    <message>
        <source>The setting {where} has a value of the wrong kind.</source>
        <translation>Thiết lập {where} có giá trị sai kiểu.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{prefix}{key}&apos; in the configuration.</source>
        <translation>Thiết lập &apos;{prefix}{key}&apos; trong cấu hình không được nhận biết.</translation>
    </message>
    <message>
        <source>The setting &apos;{prefix}{key}&apos; must be a table.</source>
        <translation>Thiết lập &apos;{prefix}{key}&apos; phải là một bảng.</translation>
    </message>
    <message>
        <source>--demo uses its own SQLite file in the user data folder; leave out --database.</source>
        <translation>--demo dùng tệp SQLite riêng trong thư mục dữ liệu của người dùng; hãy bỏ --database.</translation>
    </message>
    <message>
        <source>The setting &apos;ui.language&apos; must be &apos;vi&apos; or &apos;en&apos;.</source>
        <translation>Thiết lập &apos;ui.language&apos; phải là &apos;vi&apos; hoặc &apos;en&apos;.</translation>
    </message>
    <message>
        <source>The setting &apos;database.password&apos; must be &apos;keyring&apos; or &apos;none&apos;.</source>
        <translation>Thiết lập &apos;database.password&apos; phải là &apos;keyring&apos; hoặc &apos;none&apos;.</translation>
    </message>
    <message>
        <source>{where} contains what looks like a full payment card number. Card numbers must not be stored: remove it (keep at most the last 4 digits) and try again.</source>
        <translation>{where} có chứa chuỗi trông giống số thẻ thanh toán đầy đủ. Không được lưu số thẻ: hãy xóa đi (chỉ giữ tối đa 4 chữ số cuối) rồi thử lại.</translation>
    </message>
    <message>
        <source>The last 4 digits of a card must be exactly 4 digits (0-9).</source>
        <translation>4 chữ số cuối của thẻ phải gồm đúng 4 chữ số (0-9).</translation>
    </message>
    <message>
        <source>A card brand is at most {limit} characters long.</source>
        <translation>Thương hiệu thẻ dài tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>The card brand</source>
        <translation>Thương hiệu thẻ</translation>
    </message>
    <message>
        <source>A card&apos;s expiry month must be between 1 and 12.</source>
        <translation>Tháng hết hạn của thẻ phải từ 1 đến 12.</translation>
    </message>
    <message>
        <source>A card&apos;s expiry year must be between 2000 and 2099.</source>
        <translation>Năm hết hạn của thẻ phải từ 2000 đến 2099.</translation>
    </message>
    <message>
        <source>A card expiry must be written as MM/YYYY or MM/YY.</source>
        <translation>Ngày hết hạn của thẻ phải viết theo dạng MM/YYYY hoặc MM/YY.</translation>
    </message>
    <message>
        <source>The case is {state} and cannot change any more; open a new case for a new request.</source>
        <translation>Vụ việc đang ở trạng thái {state} và không thể thay đổi nữa; hãy mở vụ việc mới cho yêu cầu mới.</translation>
    </message>
    <message>
        <source>A case cannot move from {state} to {target}; from {state} it can move to: {targets}.</source>
        <translation>Vụ việc không thể chuyển từ {state} sang {target}; từ {state} chỉ có thể chuyển sang: {targets}.</translation>
    </message>
    <message>
        <source>Only closing a case takes an outcome; moving to {state} does not.</source>
        <translation>Chỉ khi đóng vụ việc mới cần ghi kết quả; chuyển sang {state} thì không.</translation>
    </message>
    <message>
        <source>Closing a case needs an outcome; from {state} it can be: {choices}.</source>
        <translation>Việc đóng vụ việc cần có kết quả; từ {state}, kết quả có thể là: {choices}.</translation>
    </message>
    <message>
        <source>A case that is {state} cannot be closed as {outcome}; it can be closed as: {choices}.</source>
        <translation>Vụ việc đang ở trạng thái {state} không thể đóng với kết quả {outcome}; có thể đóng với kết quả: {choices}.</translation>
    </message>
    <message>
        <source>The case has no request items, so it cannot be closed as done, partly done or refused.</source>
        <translation>Vụ việc không có mục yêu cầu nào, nên không thể đóng với kết quả đã thực hiện, thực hiện một phần hoặc từ chối.</translation>
    </message>
    <message>
        <source>{pending} request item(s) of the case are still pending; decide each item before closing the case.</source>
        <translation>{pending} mục yêu cầu của vụ việc vẫn đang chờ xử lý; hãy quyết định từng mục trước khi đóng vụ việc.</translation>
    </message>
    <message>
        <source>A case reference year must be between {first} and {last}.</source>
        <translation>Năm trong mã vụ việc phải từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>A case number must be between 1 and {largest} within its year.</source>
        <translation>Số thứ tự vụ việc trong năm phải từ 1 đến {largest}.</translation>
    </message>
    <message>
        <source>That is not a case reference; a reference looks like DSR-2026-000123.</source>
        <translation>Đây không phải là mã vụ việc; mã vụ việc có dạng DSR-2026-000123.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({permission}); it needs: {needed}.</source>
        <translation>Vai trò của bạn ({role}) không được làm việc này ({permission}); cần vai trò: {needed}.</translation>
    </message>
    <message>
        <source>The date {first} is listed both as a day off and a working day.</source>
        <translation>Ngày {first} được ghi vừa là ngày nghỉ vừa là ngày làm việc.</translation>
    </message>
    <message>
        <source>A holiday table needs both its first and its last year.</source>
        <translation>Bảng ngày nghỉ lễ cần có cả năm đầu và năm cuối.</translation>
    </message>
    <message>
        <source>A holiday table&apos;s first year comes after its last year.</source>
        <translation>Năm đầu của bảng ngày nghỉ lễ nằm sau năm cuối.</translation>
    </message>
    <message>
        <source>The holiday table has no working day for a whole year.</source>
        <translation>Bảng ngày nghỉ lễ không có ngày làm việc nào trong cả một năm.</translation>
    </message>
    <message>
        <source>A number of working days cannot be negative.</source>
        <translation>Số ngày làm việc không thể là số âm.</translation>
    </message>
    <message>
        <source>The last 4 digits of the {what} must be exactly 4 digits (0-9).</source>
        <translation>4 chữ số cuối của {what} phải gồm đúng 4 chữ số (0-9).</translation>
    </message>
    <message>
        <source>A knowledge question must say which fact it asked, and only a knowledge question names a fact.</source>
        <translation>Câu hỏi kiểm tra thông tin phải nêu đã hỏi về thông tin nào, và chỉ câu hỏi kiểm tra thông tin mới nêu thông tin.</translation>
    </message>
    <message>
        <source>An ID document check must record the document&apos;s type and last 4 digits, and only that check records a document.</source>
        <translation>Việc kiểm tra giấy tờ tùy thân phải ghi loại giấy tờ và 4 chữ số cuối, và chỉ việc kiểm tra đó mới ghi giấy tờ.</translation>
    </message>
    <message>
        <source>A verification note is at most {limit} characters long.</source>
        <translation>Ghi chú xác minh dài tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>The verification note</source>
        <translation>Ghi chú xác minh</translation>
    </message>
    <message>
        <source>The requester&apos;s identity is verified to level {level}, and this needs {required}. Still needed: {still}.</source>
        <translation>Danh tính người yêu cầu đã được xác minh ở mức {level}, còn việc này cần {required}. Còn thiếu: {still}.</translation>
    </message>
    <message>
        <source>A one-time code has between 4 and 12 digits.</source>
        <translation>Mã dùng một lần có từ 4 đến 12 chữ số.</translation>
    </message>
    <message>
        <source>A one-time code must stay valid for some time.</source>
        <translation>Mã dùng một lần phải còn hiệu lực trong một khoảng thời gian.</translation>
    </message>
    <message>
        <source>A one-time code must allow at least one try.</source>
        <translation>Mã dùng một lần phải cho phép nhập ít nhất một lần.</translation>
    </message>
    <message>
        <source>A one-time code is {digits} digits; type the code the requester reads out. No try was used.</source>
        <translation>Mã dùng một lần gồm {digits} chữ số; hãy nhập đúng mã người yêu cầu đọc. Lần này không bị tính là một lần thử.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, so it cannot be shown masked.</source>
        <translation>Đây không phải là số điện thoại hợp lệ, nên không thể hiển thị dưới dạng che bớt.</translation>
    </message>
    <message>
        <source>A refusal needs a reason for the requester.</source>
        <translation>Việc từ chối cần có lý do gửi người yêu cầu.</translation>
    </message>
    <message>
        <source>A refusal needs its legal ground (for example: GDPR Art. 12(5), manifestly unfounded; Law 91/2025 Art. 4 exception).</source>
        <translation>Việc từ chối cần có căn cứ pháp lý (ví dụ: GDPR Điều 12(5), yêu cầu rõ ràng là vô căn cứ; Luật 91/2025 Điều 4, trường hợp ngoại lệ).</translation>
    </message>
    <message>
        <source>The fiscal year end {month:02d}-{day:02d} is not a day of the year.</source>
        <translation>Ngày kết thúc năm tài chính {month:02d}-{day:02d} không phải là một ngày trong năm.</translation>
    </message>
    <message>
        <source>The retention rule for {name} needs its basis in vi and en.</source>
        <translation>Quy tắc lưu giữ cho {name} cần có căn cứ bằng tiếng Việt (vi) và tiếng Anh (en).</translation>
    </message>
    <message>
        <source>The retention rule for {name} retains data, so it needs a number of years.</source>
        <translation>Quy tắc lưu giữ cho {name} giữ lại dữ liệu, nên cần có số năm lưu giữ.</translation>
    </message>
    <message>
        <source>The retention rule for {name} {action_when_requested}s on request, so it cannot have a retention period; use action &apos;retain&apos;.</source>
        <translation>Quy tắc lưu giữ cho {name} áp dụng hành động &apos;{action_when_requested}&apos; khi có yêu cầu, nên không thể có thời hạn lưu giữ; hãy dùng hành động &apos;retain&apos;.</translation>
    </message>
    <message>
        <source>The retention period for {name} must be at least 1 year.</source>
        <translation>Thời hạn lưu giữ cho {name} phải ít nhất 1 năm.</translation>
    </message>
    <message>
        <source>Case records must be kept at least 1 year after closing.</source>
        <translation>Hồ sơ vụ việc phải được lưu giữ ít nhất 1 năm sau khi đóng.</translation>
    </message>
    <message>
        <source>The retention policy has no rule for: {missing}.</source>
        <translation>Chính sách lưu giữ không có quy tắc cho: {missing}.</translation>
    </message>
    <message>
        <source>The retention rule filed under {category} is for {other}.</source>
        <translation>Quy tắc lưu giữ xếp dưới {category} là quy tắc cho {other}.</translation>
    </message>
    <message>
        <source>The policy file {path} is missing.</source>
        <translation>Không có tệp chính sách {path}.</translation>
    </message>
    <message>
        <source>The policy file {path} is not valid TOML: {error}.</source>
        <translation>Tệp chính sách {path} không phải là TOML hợp lệ: {error}.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a table.</source>
        <translation>{where}: &apos;{key}&apos; phải là một bảng.</translation>
    </message>
    <message>
        <source>{where}: unknown setting(s) {unknown}.</source>
        <translation>{where}: thiết lập không được nhận biết: {unknown}.</translation>
    </message>
    <message>
        <source>{where}: a period is one of {{ days = N }}, {{ working_days = N }}, {{ months = N }}.</source>
        <translation>{where}: một thời hạn là một trong các dạng {{ days = N }}, {{ working_days = N }}, {{ months = N }}.</translation>
    </message>
    <message>
        <source>{where}: the number of {unit} must be a whole number &gt;= 1.</source>
        <translation>{where}: số {unit} phải là số nguyên &gt;= 1.</translation>
    </message>
    <message>
        <source>{where}: must be true or false.</source>
        <translation>{where}: phải là true hoặc false.</translation>
    </message>
    <message>
        <source>{where}: no period is set.</source>
        <translation>{where}: chưa đặt thời hạn.</translation>
    </message>
    <message>
        <source>{where}.note: must be text.</source>
        <translation>{where}.note: phải là văn bản.</translation>
    </message>
    <message>
        <source>{source}: due_soon_working_days must be a whole number.</source>
        <translation>{source}: due_soon_working_days phải là số nguyên.</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>{source}: {error}.</source>
        <translation>{source}: giá trị không hợp lệ ({error}).</translation>
    </message>
    <message>
        <source>{where}: each entry needs a date like 2027-02-06.</source>
        <translation>{where}: mỗi mục cần có ngày theo dạng 2027-02-06.</translation>
    </message>
    <message>
        <source>{where}: unknown kind &apos;{kind}&apos; for {day}.</source>
        <translation>{where}: loại &apos;{kind}&apos; không được nhận biết cho ngày {day}.</translation>
    </message>
    <message>
        <source>{where}: {day} is not in {year}.</source>
        <translation>{where}: ngày {day} không thuộc năm {year}.</translation>
    </message>
    <message>
        <source>{source}: &apos;{name}&apos; is not a year.</source>
        <translation>{source}: &apos;{name}&apos; không phải là một năm.</translation>
    </message>
    <message>
        <source>{source}: the years must follow each other without gaps.</source>
        <translation>{source}: các năm phải liên tiếp nhau, không có khoảng trống.</translation>
    </message>
    <message>
        <source>{where}.{key}: must be a non-empty text.</source>
        <translation>{where}.{key}: phải là văn bản không rỗng.</translation>
    </message>
    <message>
        <source>{where}: must be a whole number of years, 1 or more.</source>
        <translation>{where}: phải là số năm nguyên, từ 1 trở lên.</translation>
    </message>
    <message>
        <source>{where}: must be one of {choices}.</source>
        <translation>{where}: phải là một trong {choices}.</translation>
    </message>
    <message>
        <source>{where}: fiscal_year_end is {{ month = M, day = D }}.</source>
        <translation>{where}: fiscal_year_end có dạng {{ month = M, day = D }}.</translation>
    </message>
    <message>
        <source>{where}: fiscal_year_end month and day must be numbers.</source>
        <translation>{where}: tháng và ngày của fiscal_year_end phải là số.</translation>
    </message>
    <message>
        <source>{where}.kept_while_others_retained: must be true or false.</source>
        <translation>{where}.kept_while_others_retained: phải là true hoặc false.</translation>
    </message>
    <message>
        <source>{where}: no rule for {missing}.</source>
        <translation>{where}: không có quy tắc cho {missing}.</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <source>A sign-in name is 2-63 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Tên đăng nhập dài 2-63 ký tự: chữ thường, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>Vai trò phải là một trong: {roles}.</translation>
    </message>
    <message>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>Mật khẩu phải dài ít nhất {minimum} ký tự.</translation>
    </message>
    <message>
        <source>The sign-in name &apos;{login}&apos; is taken.</source>
        <translation>Tên đăng nhập &apos;{login}&apos; đã có người dùng.</translation>
    </message>
    <message>
        <source>Wrong sign-in name or password, or the account is disabled.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Không có tài khoản này.</translation>
    </message>
    <message>
        <source>A checkpoint is signed by a signed-in supervisor.</source>
        <translation>Điểm kiểm tra phải được ký bởi một giám sát viên đã đăng nhập.</translation>
    </message>
    <message>
        <source>The workspace has cases already; demo cases are only added to a workspace without any.</source>
        <translation>Không gian làm việc đã có vụ việc; chỉ thêm vụ việc mẫu vào không gian làm việc chưa có vụ việc nào.</translation>
    </message>
    <message>
        <source>The workspace holds too few demo customers for the demo cases; seed at least 200.</source>
        <translation>Không gian làm việc có quá ít khách hàng mẫu cho các vụ việc mẫu; hãy tạo ít nhất 200 khách hàng.</translation>
    </message>
    <message>
        <source>The number of customers must be between 1 and {limit:,}.</source>
        <translation>Số khách hàng phải từ 1 đến {limit:,}.</translation>
    </message>
    <message>
        <source>The heavy-customer row count must be positive.</source>
        <translation>Số dòng của khách hàng có nhiều dữ liệu phải là số dương.</translation>
    </message>
    <message>
        <source>The database already holds customers; demo data is only seeded into an empty database.</source>
        <translation>Cơ sở dữ liệu đã có khách hàng; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The demo workspace is filled only when the app runs with --demo (demo settings).</source>
        <translation>Không gian làm việc mẫu chỉ được tạo khi ứng dụng chạy với --demo (thiết lập mẫu).</translation>
    </message>
    <message>
        <source>That is not an email address.</source>
        <translation>Đây không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>That is not a phone number.</source>
        <translation>Đây không phải là số điện thoại.</translation>
    </message>
    <message>
        <source>A {channel} contact point cannot be suppressed on its own; record an objection on the customer&apos;s record instead.</source>
        <translation>Không thể ngừng liên lạc riêng với một kênh {channel}; hãy ghi nhận phản đối trên hồ sơ khách hàng.</translation>
    </message>
    <message>
        <source>{file_name}, line {line}, column &apos;{column}&apos;: {message}.</source>
        <translation>{file_name}, dòng {line}, cột &apos;{column}&apos;: {message}.</translation>
    </message>
    <message>
        <source>{file_name}, line {line}: {message}.</source>
        <translation>{file_name}, dòng {line}: {message}.</translation>
    </message>
    <message>
        <source>The import folder {directory} does not exist.</source>
        <translation>Thư mục nhập dữ liệu {directory} không tồn tại.</translation>
    </message>
    <message>
        <source>Unknown import file {unknown}; the known files are listed in docs/import-format.md.</source>
        <translation>Tệp nhập dữ liệu {unknown} không được nhận biết; các tệp hợp lệ được liệt kê trong docs/import-format.md.</translation>
    </message>
    <message>
        <source>The folder {directory} holds none of the import files.</source>
        <translation>Thư mục {directory} không chứa tệp nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>The database changed during the import (someone imported the same records?); nothing was imported. Try again.</source>
        <translation>Cơ sở dữ liệu đã thay đổi trong khi nhập (có người nhập cùng dữ liệu?); chưa có gì được nhập. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}); choose another folder or name.</source>
        <translation>Không ghi được tệp ({reason}); hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>en</source>
        <comment>The code of this file&apos;s language: vi in the Vietnamese file</comment>
        <translation>vi</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>support agent</source>
        <translation>nhân viên hỗ trợ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>giám sát viên</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
</context>
</TS>
