<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
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
    <message>
        <source>The cases queue comes here: every open request with its deadlines, its state and who handles it. New requests are taken in from here too.</source>
        <translation>Hàng đợi vụ việc sẽ hiển thị ở đây: mọi yêu cầu đang mở cùng thời hạn, trạng thái và người phụ trách. Yêu cầu mới cũng được tiếp nhận từ đây.</translation>
    </message>
    <message>
        <source>Customer search and the customer profile come here: every record CLB4U holds about a requester, and the identity verification wizard.</source>
        <translation>Tìm kiếm khách hàng và hồ sơ khách hàng sẽ hiển thị ở đây: mọi dữ liệu CLB4U lưu giữ về người yêu cầu, cùng trình hướng dẫn xác minh danh tính.</translation>
    </message>
    <message>
        <source>Supervisor approvals come here: erasures, refusals and extensions waiting for a second pair of eyes, deadlines at risk, and the decision log.</source>
        <translation>Phê duyệt của giám sát viên sẽ hiển thị ở đây: các yêu cầu xóa, từ chối và gia hạn đang chờ người thứ hai duyệt, các thời hạn sắp đến và nhật ký quyết định.</translation>
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
