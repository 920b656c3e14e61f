<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalQueue</name>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <source>Approvals waiting for a second pair of eyes</source>
        <translation>Approvals waiting for a second pair of eyes</translation>
    </message>
    <message>
        <source>Reason for approving or rejecting (required)</source>
        <translation>Reason for approving or rejecting (required)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>{case}: approved.</source>
        <translation>{case}: approved.</translation>
    </message>
    <message>
        <source>{case}: rejected.</source>
        <translation>{case}: rejected.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record an objection</source>
        <translation>Record an objection</translation>
    </message>
    <message>
        <source>An objection to direct marketing takes effect at once and also stops targeted ads. No data is deleted.</source>
        <translation>An objection to direct marketing takes effect at once and also stops targeted ads. No data is deleted.</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Record objection</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Consent is withdrawn from now on; what was done before stays lawful. No data is deleted.</source>
        <translation>Consent is withdrawn from now on; what was done before stays lawful. No data is deleted.</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Purposes:</translation>
    </message>
    <message>
        <source>Channels (none ticked: all channels):</source>
        <translation>Channels (none ticked: all channels):</translation>
    </message>
</context>
<context>
    <name>CopyIssueDialog</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>legal hold</translation>
    </message>
    <message>
        <source>Data copy</source>
        <translation>Data copy</translation>
    </message>
    <message>
        <source>Open preview…</source>
        <translation>Open preview…</translation>
    </message>
    <message>
        <source>Issue copy</source>
        <translation>Issue copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>Protect with a passphrase (AES-256)</translation>
    </message>
    <message>
        <source>Exports inside the PDF</source>
        <translation>Exports inside the PDF</translation>
    </message>
    <message>
        <source>Exports as separate files (not encrypted)</source>
        <translation>Exports as separate files (not encrypted)</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>JSON and CSV</source>
        <translation>JSON and CSV</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Loading what the copy holds…</source>
        <translation>Loading what the copy holds…</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Case {case}, customer {customer}: {records} records in the copy, in {language}.</source>
        <translation>Case {case}, customer {customer}: {records} records in the copy, in {language}.</translation>
    </message>
    <message>
        <source>Identity verified to {reached}; this copy needs {needed}.</source>
        <translation>Identity verified to {reached}; this copy needs {needed}.</translation>
    </message>
    <message>
        <source>It includes payment data (cards masked), hence L3.</source>
        <translation>It includes payment data (cards masked), hence L3.</translation>
    </message>
    <message>
        <source>Folder for the copy</source>
        <translation>Folder for the copy</translation>
    </message>
    <message>
        <source>Issued and recorded:</source>
        <translation>Issued and recorded:</translation>
    </message>
    <message>
        <source>The JSON and CSV exports are attached inside the PDF.</source>
        <translation>The JSON and CSV exports are attached inside the PDF.</translation>
    </message>
</context>
<context>
    <name>DecisionLabels</name>
    <message>
        <source>Identity and contact data</source>
        <translation>Identity and contact data</translation>
    </message>
    <message>
        <source>Account and demographics</source>
        <translation>Account and demographics</translation>
    </message>
    <message>
        <source>Webinars, workshops and materials</source>
        <translation>Webinars, workshops and materials</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Payment cards</source>
        <translation>Payment cards</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Advertising segments</source>
        <translation>Advertising segments</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Message board posts</source>
        <translation>Message board posts</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support tickets</translation>
    </message>
    <message>
        <source>Disclosures to third parties</source>
        <translation>Disclosures to third parties</translation>
    </message>
    <message>
        <source>Providing the service</source>
        <translation>Providing the service</translation>
    </message>
    <message>
        <source>Statistical analysis</source>
        <translation>Statistical analysis</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direct marketing</translation>
    </message>
    <message>
        <source>Targeted ads</source>
        <translation>Targeted ads</translation>
    </message>
    <message>
        <source>Product development</source>
        <translation>Product development</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Recipient&apos;s portal</source>
        <translation>Recipient&apos;s portal</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Blocked by legal hold</source>
        <translation>Blocked by legal hold</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>until released</source>
        <translation>until released</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Record dates</source>
        <translation>Record dates</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Propose for approval</source>
        <translation>Propose for approval</translation>
    </message>
    <message>
        <source>Carry out the approved erasure</source>
        <translation>Carry out the approved erasure</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Save certificate…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loading the erasure plan…</source>
        <translation>Loading the erasure plan…</translation>
    </message>
    <message>
        <source>Case {case}, customer {customer}: what an erasure would do today ({date}), per category.</source>
        <translation>Case {case}, customer {customer}: what an erasure would do today ({date}), per category.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>Could not write {file}.</translation>
    </message>
    <message>
        <source>Not proposed yet. A supervisor other than you must approve the plan.</source>
        <translation>Not proposed yet. A supervisor other than you must approve the plan.</translation>
    </message>
    <message>
        <source>Carried out. Certificate {file} ({size} bytes, SHA-256 {hash}…).</source>
        <translation>Carried out. Certificate {file} ({size} bytes, SHA-256 {hash}…).</translation>
    </message>
    <message>
        <source>Carried out.</source>
        <translation>Carried out.</translation>
    </message>
    <message>
        <source>Proposed; waiting for a supervisor&apos;s approval.</source>
        <translation>Proposed; waiting for a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>Approved; it can be carried out now.</source>
        <translation>Approved; it can be carried out now.</translation>
    </message>
    <message>
        <source>Rejected by a supervisor; you may propose again.</source>
        <translation>Rejected by a supervisor; you may propose again.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Propose an extension</source>
        <translation>Propose an extension</translation>
    </message>
    <message>
        <source>An item can be extended once. Give the reason the requester will be sent; a supervisor approves it.</source>
        <translation>An item can be extended once. Give the reason the requester will be sent; a supervisor approves it.</translation>
    </message>
    <message>
        <source>Propose extension</source>
        <translation>Propose extension</translation>
    </message>
</context>
<context>
    <name>LiftRestrictionDialog</name>
    <message>
        <source>Lift a restriction</source>
        <translation>Lift a restriction</translation>
    </message>
    <message>
        <source>Restriction of: {what}</source>
        <translation>Restriction of: {what}</translation>
    </message>
    <message>
        <source>The requester has been told that the restriction is lifted</source>
        <translation>The requester has been told that the restriction is lifted</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Told by</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About CLB4U Desk</source>
        <translation>About CLB4U Desk</translation>
    </message>
    <message>
        <source>CLB4U Desk {version}</source>
        <translation>CLB4U Desk {version}</translation>
    </message>
    <message>
        <source>The workbench with which CLB4U&apos;s support agents answer privacy requests: access, copies, correction, objection, restriction, erasure and consent withdrawal.</source>
        <translation>The workbench with which CLB4U&apos;s support agents answer privacy requests: access, copies, correction, objection, restriction, erasure and consent withdrawal.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Working...</translation>
    </message>
    <message>
        <source>CLB4U Desk</source>
        <translation>CLB4U Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CLB4U Desk</source>
        <translation>&amp;About CLB4U Desk</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the copy</source>
        <translation>Passphrase of the copy</translation>
    </message>
    <message>
        <source>Send this passphrase to the requester by another channel than the file: read it out by phone or send it by SMS, never in the same email.</source>
        <translation>Send this passphrase to the requester by another channel than the file: read it out by phone or send it by SMS, never in the same email.</translation>
    </message>
    <message>
        <source>It is shown only now: CLB4U Desk does not store it anywhere. Without it the copy cannot be opened; if it is lost, issue a new copy.</source>
        <translation>It is shown only now: CLB4U Desk does not store it anywhere. Without it the copy cannot be opened; if it is lost, issue a new copy.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>I have noted it</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>RecipientNoticeDialog</name>
    <message>
        <source>Recipients to tell</source>
        <translation>Recipients to tell</translation>
    </message>
    <message>
        <source>These recipients received the data concerned. Tell each of them, then mark them as told.</source>
        <translation>These recipients received the data concerned. Tell each of them, then mark them as told.</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>Mark as told</translation>
    </message>
    <message>
        <source>Choose a recipient first.</source>
        <translation>Choose a recipient first.</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>Correct personal data</source>
        <translation>Correct personal data</translation>
    </message>
    <message>
        <source>Type the new values, then check the before and after. Fields left as they are do not change.</source>
        <translation>Type the new values, then check the before and after. Fields left as they are do not change.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Show before and after</source>
        <translation>Show before and after</translation>
    </message>
    <message>
        <source>Why the data is corrected</source>
        <translation>Why the data is corrected</translation>
    </message>
    <message>
        <source>What the requester showed, if anything</source>
        <translation>What the requester showed, if anything</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Type a new value in at least one field.</source>
        <translation>Type a new value in at least one field.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Propose a refusal</source>
        <translation>Propose a refusal</translation>
    </message>
    <message>
        <source>A refusal needs a reason and its legal ground. Where the requester can complain is added to the text automatically. Another supervisor approves or rejects it.</source>
        <translation>A refusal needs a reason and its legal ground. Where the requester can complain is added to the text automatically. Another supervisor approves or rejects it.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Show the text for the requester</source>
        <translation>Show the text for the requester</translation>
    </message>
    <message>
        <source>Propose refusal</source>
        <translation>Propose refusal</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <source>Keep these data only in storage:</source>
        <translation>Keep these data only in storage:</translation>
    </message>
    <message>
        <source>Stop using the data for:</source>
        <translation>Stop using the data for:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>For example: the requester contests accuracy</source>
        <translation>For example: the requester contests accuracy</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Restrict</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter your sign-in name.</source>
        <translation>Enter your sign-in name.</translation>
    </message>
    <message>
        <source>Wrong sign-in name or password, or the account is disabled.</source>
        <translation>Wrong sign-in name or password, or the account is disabled.</translation>
    </message>
    <message>
        <source>Sign in - CLB4U Desk</source>
        <translation>Sign in - CLB4U Desk</translation>
    </message>
    <message>
        <source>CLB4U Desk</source>
        <translation>CLB4U Desk</translation>
    </message>
    <message>
        <source>Sign in with your staff account to answer privacy requests.</source>
        <translation>Sign in with your staff account to answer privacy requests.</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Sign-in name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Demo workspace accounts</source>
        <translation>Demo workspace accounts</translation>
    </message>
    <message>
        <source>This is the demo workspace with invented customers. Click an account to fill it in.</source>
        <translation>This is the demo workspace with invented customers. Click an account to fill it in.</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
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
        <translation>Opening the workspace, please wait...</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>Stop marketing to this contact point</source>
        <translation>Stop marketing to this contact point</translation>
    </message>
    <message>
        <source>Marketing to the email address or phone number this request came from stops at once, whoever it belongs to.</source>
        <translation>Marketing to the email address or phone number this request came from stops at once, whoever it belongs to.</translation>
    </message>
    <message>
        <source>Stop marketing</source>
        <translation>Stop marketing</translation>
    </message>
</context>
<context>
    <name>VerificationLabels</name>
    <message>
        <source>Request from the registered email</source>
        <translation>Request from the registered email</translation>
    </message>
    <message>
        <source>One-time code by email</source>
        <translation>One-time code by email</translation>
    </message>
    <message>
        <source>One-time code by SMS</source>
        <translation>One-time code by SMS</translation>
    </message>
    <message>
        <source>Callback to the registered phone</source>
        <translation>Callback to the registered phone</translation>
    </message>
    <message>
        <source>Question about a fact on file</source>
        <translation>Question about a fact on file</translation>
    </message>
    <message>
        <source>Signed declaration</source>
        <translation>Signed declaration</translation>
    </message>
    <message>
        <source>Representative&apos;s authorisation</source>
        <translation>Representative&apos;s authorisation</translation>
    </message>
    <message>
        <source>Subject confirmed directly</source>
        <translation>Subject confirmed directly</translation>
    </message>
    <message>
        <source>ID document seen</source>
        <translation>ID document seen</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>ZIP code</translation>
    </message>
    <message>
        <source>Date of the last invoice</source>
        <translation>Date of the last invoice</translation>
    </message>
    <message>
        <source>Amount of the last invoice</source>
        <translation>Amount of the last invoice</translation>
    </message>
    <message>
        <source>Last webinar</source>
        <translation>Last webinar</translation>
    </message>
    <message>
        <source>Last 4 digits of the card</source>
        <translation>Last 4 digits of the card</translation>
    </message>
    <message>
        <source>A signed authorisation or proof of legal representation</source>
        <translation>A signed authorisation or proof of legal representation</translation>
    </message>
    <message>
        <source>The data subject confirms the request directly</source>
        <translation>The data subject confirms the request directly</translation>
    </message>
    <message>
        <source>Control of a registered contact point: request from the registered email, a one-time code, or a callback</source>
        <translation>Control of a registered contact point: request from the registered email, a one-time code, or a callback</translation>
    </message>
    <message>
        <source>One fact on file answered correctly</source>
        <translation>One fact on file answered correctly</translation>
    </message>
    <message>
        <source>A second, different fact on file answered correctly</source>
        <translation>A second, different fact on file answered correctly</translation>
    </message>
    <message>
        <source>A third, different fact on file answered correctly</source>
        <translation>A third, different fact on file answered correctly</translation>
    </message>
    <message>
        <source>A declaration signed by the requester</source>
        <translation>A declaration signed by the requester</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Citizen identity card (CCCD)</source>
        <translation>Citizen identity card (CCCD)</translation>
    </message>
    <message>
        <source>Old identity card (CMND)</source>
        <translation>Old identity card (CMND)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Signed written authorisation</source>
        <translation>Signed written authorisation</translation>
    </message>
    <message>
        <source>Parent of a minor</source>
        <translation>Parent of a minor</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Other legal representative, with proof</source>
        <translation>Other legal representative, with proof</translation>
    </message>
    <message>
        <source>Code accepted.</source>
        <translation>Code accepted.</translation>
    </message>
    <message>
        <source>Wrong code. Tries left: {tries}</source>
        <translation>Wrong code. Tries left: {tries}</translation>
    </message>
    <message>
        <source>The code has expired; send a new one.</source>
        <translation>The code has expired; send a new one.</translation>
    </message>
    <message>
        <source>Too many wrong tries; the code is locked. Send a new one.</source>
        <translation>Too many wrong tries; the code is locked. Send a new one.</translation>
    </message>
    <message>
        <source>This code was used already.</source>
        <translation>This code was used already.</translation>
    </message>
</context>
<context>
    <name>VerificationWizard</name>
    <message>
        <source>Identity verification</source>
        <translation>Identity verification</translation>
    </message>
    <message>
        <source>Still needed for the required level:</source>
        <translation>Still needed for the required level:</translation>
    </message>
    <message>
        <source>Identifiers given in the request:</source>
        <translation>Identifiers given in the request:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Given (masked)</source>
        <translation>Given (masked)</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>On file</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Contact point</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Declaration, representative, ID</source>
        <translation>Declaration, representative, ID</translation>
    </message>
    <message>
        <source>Steps so far:</source>
        <translation>Steps so far:</translation>
    </message>
    <message>
        <source>The request came from a registered email</source>
        <translation>The request came from a registered email</translation>
    </message>
    <message>
        <source>One-time code by email</source>
        <translation>One-time code by email</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Send code</translation>
    </message>
    <message>
        <source>Code read out</source>
        <translation>Code read out</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Check code</translation>
    </message>
    <message>
        <source>Callback to a registered phone</source>
        <translation>Callback to a registered phone</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Number called</translation>
    </message>
    <message>
        <source>Subject confirmed</source>
        <translation>Subject confirmed</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Answer heard</source>
        <translation>Answer heard</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Check answer</translation>
    </message>
    <message>
        <source>A signed declaration was received</source>
        <translation>A signed declaration was received</translation>
    </message>
    <message>
        <source>Request made by a representative</source>
        <translation>Request made by a representative</translation>
    </message>
    <message>
        <source>Authorisation seen</source>
        <translation>Authorisation seen</translation>
    </message>
    <message>
        <source>The data subject confirmed the request directly</source>
        <translation>The data subject confirmed the request directly</translation>
    </message>
    <message>
        <source>Record representative</source>
        <translation>Record representative</translation>
    </message>
    <message>
        <source>ID document seen (no image, no full number)</source>
        <translation>ID document seen (no image, no full number)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation>Last 4 digits</translation>
    </message>
    <message>
        <source>Record document</source>
        <translation>Record document</translation>
    </message>
    <message>
        <source>Case {reference}: level needed {needed}, level reached {reached}.</source>
        <translation>Case {reference}: level needed {needed}, level reached {reached}.</translation>
    </message>
    <message>
        <source>Link the case to the customer&apos;s records first.</source>
        <translation>Link the case to the customer&apos;s records first.</translation>
    </message>
    <message>
        <source>Nothing: the required level is reached.</source>
        <translation>Nothing: the required level is reached.</translation>
    </message>
    <message>
        <source>{mark} (nothing on file)</source>
        <translation>{mark} (nothing on file)</translation>
    </message>
    <message>
        <source>No question left to ask.</source>
        <translation>No question left to ask.</translation>
    </message>
    <message>
        <source>The customer has no registered email.</source>
        <translation>The customer has no registered email.</translation>
    </message>
    <message>
        <source>Code sent. Ask the requester to read it out; it is valid for 10 minutes.</source>
        <translation>Code sent. Ask the requester to read it out; it is valid for 10 minutes.</translation>
    </message>
    <message>
        <source>Answer correct.</source>
        <translation>Answer correct.</translation>
    </message>
    <message>
        <source>Answer wrong; ask another question.</source>
        <translation>Answer wrong; ask another question.</translation>
    </message>
    <message>
        <source>Step recorded.</source>
        <translation>Step recorded.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>This cannot be done as it is. Please fix the following and try again.</source>
        <translation>This cannot be done as it is. Please fix the following and try again.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Sorry, CLB4U Desk ran into a problem it did not expect. What you just did may not have been completed.</source>
        <translation>Sorry, CLB4U Desk ran into a problem it did not expect. What you just did may not have been completed.</translation>
    </message>
    <message>
        <source>Please tell IT support and send them the log file:
{path}</source>
        <translation>Please tell IT support and send them the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>The cases queue comes here: every open request with its deadlines, its state and who handles it. New requests are taken in from here too.</source>
        <translation>The cases queue comes here: every open request with its deadlines, its state and who handles it. New requests are taken in from here too.</translation>
    </message>
    <message>
        <source>Customer search and the customer profile come here: every record CLB4U holds about a requester, and the identity verification wizard.</source>
        <translation>Customer search and the customer profile come here: every record CLB4U holds about a requester, and the identity verification wizard.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>support agent</source>
        <translation>support agent</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
</TS>
