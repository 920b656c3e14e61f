<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AcknowledgementPanel</name>
    <message>
        <source>Language of the text:</source>
        <translation>Language of the text:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Copy subject and text</source>
        <translation>Copy subject and text</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Sent on {moment} (due by {date}).</source>
        <translation>Sent on {moment} (due by {date}).</translation>
    </message>
    <message>
        <source>Not sent yet: send it by {date}, then mark it as sent.</source>
        <translation>Not sent yet: send it by {date}, then mark it as sent.</translation>
    </message>
</context>
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
    <name>AssignDialog</name>
    <message>
        <source>Assign the case</source>
        <translation>Assign the case</translation>
    </message>
    <message>
        <source>Who handles this case from now on?</source>
        <translation>Who handles this case from now on?</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>The request came without attachments.</source>
        <translation>The request came without attachments.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Move case</source>
        <translation>Move case</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Verify identity…</translation>
    </message>
    <message>
        <source>Link customer…</source>
        <translation>Link customer…</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Correct personal data…</source>
        <translation>Correct personal data…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Restrict processing…</translation>
    </message>
    <message>
        <source>Lift a restriction…</source>
        <translation>Lift a restriction…</translation>
    </message>
    <message>
        <source>Record an objection…</source>
        <translation>Record an objection…</translation>
    </message>
    <message>
        <source>Record consent withdrawal…</source>
        <translation>Record consent withdrawal…</translation>
    </message>
    <message>
        <source>Stop messages to this contact point…</source>
        <translation>Stop messages to this contact point…</translation>
    </message>
    <message>
        <source>Issue data copy…</source>
        <translation>Issue data copy…</translation>
    </message>
    <message>
        <source>Erasure…</source>
        <translation>Erasure…</translation>
    </message>
    <message>
        <source>Evidence pack…</source>
        <translation>Evidence pack…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <source>Move to &quot;{state}&quot;</source>
        <translation>Move to &quot;{state}&quot;</translation>
    </message>
</context>
<context>
    <name>CaseChoiceDialog</name>
    <message>
        <source>Link to case</source>
        <translation>Link to case</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Link customer {customer} to which case? Type the case reference (DSR-2026-000123) or pick one of your open cases.</source>
        <translation>Link customer {customer} to which case? Type the case reference (DSR-2026-000123) or pick one of your open cases.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Type a case reference, such as DSR-2026-000123, or pick one of your open cases.</source>
        <translation>Type a case reference, such as DSR-2026-000123, or pick one of your open cases.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>{error} The page now shows the case as it is; check it and press OK again.</source>
        <translation>{error} The page now shows the case as it is; check it and press OK again.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Requester (as stated)</source>
        <translation>Requester (as stated)</translation>
    </message>
    <message>
        <source>Contact (as stated)</source>
        <translation>Contact (as stated)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>{name} (through a representative)</source>
        <translation>{name} (through a representative)</translation>
    </message>
    <message>
        <source>Sent {moment}</source>
        <translation>Sent {moment}</translation>
    </message>
    <message>
        <source>Not sent; due by {date}</source>
        <translation>Not sent; due by {date}</translation>
    </message>
    <message>
        <source>Not linked to a customer; needs {needed}</source>
        <translation>Not linked to a customer; needs {needed}</translation>
    </message>
    <message>
        <source>Verified to {reached}; needs {needed}</source>
        <translation>Verified to {reached}; needs {needed}</translation>
    </message>
</context>
<context>
    <name>CaseItems</name>
    <message>
        <source>Erasure proposed, awaiting approval</source>
        <translation>Erasure proposed, awaiting approval</translation>
    </message>
    <message>
        <source>Refusal proposed, awaiting approval</source>
        <translation>Refusal proposed, awaiting approval</translation>
    </message>
    <message>
        <source>Extension proposed, awaiting approval</source>
        <translation>Extension proposed, awaiting approval</translation>
    </message>
    <message>
        <source>Clock stopped since {date}</source>
        <translation>Clock stopped since {date}</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Stood {n} day(s) earlier</source>
        <translation>Stood {n} day(s) earlier</translation>
    </message>
    <message>
        <source>Involves a third party</source>
        <translation>Involves a third party</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Without extension or stopped days: {date}</source>
        <translation>Without extension or stopped days: {date}</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
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
        <translation>The customer has no active restriction to lift.</translation>
    </message>
    <message>
        <source>Lift a restriction</source>
        <translation>Lift a restriction</translation>
    </message>
    <message>
        <source>Which restriction?</source>
        <translation>Which restriction?</translation>
    </message>
    <message>
        <source>The extension waits for a supervisor. Once approved, the item is due on {date}; send the requester this notice then.</source>
        <translation>The extension waits for a supervisor. Once approved, the item is due on {date}; send the requester this notice then.</translation>
    </message>
    <message>
        <source>Extension proposed</source>
        <translation>Extension proposed</translation>
    </message>
</context>
<context>
    <name>CaseQueue</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed.</source>
        <translation>Overdue: the due date has passed.</translation>
    </message>
    <message>
        <source>Due soon: the due date is close.</source>
        <translation>Due soon: the due date is close.</translation>
    </message>
    <message>
        <source>On time.</source>
        <translation>On time.</translation>
    </message>
    <message>
        <source>Clock stopped: nothing is due while the case waits.</source>
        <translation>Clock stopped: nothing is due while the case waits.</translation>
    </message>
    <message>
        <source>Closed: nothing is due.</source>
        <translation>Closed: nothing is due.</translation>
    </message>
    <message>
        <source>{urgency} Due on {date}.</source>
        <translation>{urgency} Due on {date}.</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Request received</source>
        <translation>Request received</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>State changed</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Case assigned</translation>
    </message>
    <message>
        <source>Acknowledgement sent</source>
        <translation>Acknowledgement sent</translation>
    </message>
    <message>
        <source>Linked to a related request</source>
        <translation>Linked to a related request</translation>
    </message>
    <message>
        <source>Linked to the customer&apos;s records</source>
        <translation>Linked to the customer&apos;s records</translation>
    </message>
    <message>
        <source>Clock stopped for an item</source>
        <translation>Clock stopped for an item</translation>
    </message>
    <message>
        <source>Clock restarted for an item</source>
        <translation>Clock restarted for an item</translation>
    </message>
    <message>
        <source>Item extended</source>
        <translation>Item extended</translation>
    </message>
    <message>
        <source>Item decided</source>
        <translation>Item decided</translation>
    </message>
    <message>
        <source>Third party for an item</source>
        <translation>Third party for an item</translation>
    </message>
    <message>
        <source>Item scope changed</source>
        <translation>Item scope changed</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>One-time code sent</source>
        <translation>One-time code sent</translation>
    </message>
    <message>
        <source>Identity level changed</source>
        <translation>Identity level changed</translation>
    </message>
    <message>
        <source>Proposed to a supervisor</source>
        <translation>Proposed to a supervisor</translation>
    </message>
    <message>
        <source>Proposal approved</source>
        <translation>Proposal approved</translation>
    </message>
    <message>
        <source>Proposal rejected</source>
        <translation>Proposal rejected</translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation>Data corrected</translation>
    </message>
    <message>
        <source>Recipient told of a change</source>
        <translation>Recipient told of a change</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Processing restricted</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Restriction lifted</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Objection recorded</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Messages to a contact point stopped</source>
        <translation>Messages to a contact point stopped</translation>
    </message>
    <message>
        <source>Item refused</source>
        <translation>Item refused</translation>
    </message>
    <message>
        <source>Erasure proposed</source>
        <translation>Erasure proposed</translation>
    </message>
    <message>
        <source>Erasure carried out</source>
        <translation>Erasure carried out</translation>
    </message>
    <message>
        <source>Data copy previewed</source>
        <translation>Data copy previewed</translation>
    </message>
    <message>
        <source>Data copy issued</source>
        <translation>Data copy issued</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <source>Evidence pack exported</source>
        <translation>Evidence pack exported</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>erasure</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refusal</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>late (due {date})</source>
        <translation>late (due {date})</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>a third party must act</source>
        <translation>a third party must act</translation>
    </message>
    <message>
        <source>no third party acts</source>
        <translation>no third party acts</translation>
    </message>
    <message>
        <source>due {before} → {after}</source>
        <translation>due {before} → {after}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Loading the case…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <source>What is asked for</source>
        <translation>What is asked for</translation>
    </message>
    <message>
        <source>Stop the clock…</source>
        <translation>Stop the clock…</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>Restart the clock</translation>
    </message>
    <message>
        <source>Propose extension…</source>
        <translation>Propose extension…</translation>
    </message>
    <message>
        <source>Set outcome…</source>
        <translation>Set outcome…</translation>
    </message>
    <message>
        <source>Propose refusal…</source>
        <translation>Propose refusal…</translation>
    </message>
    <message>
        <source>No third party acts…</source>
        <translation>No third party acts…</translation>
    </message>
    <message>
        <source>Third party must act…</source>
        <translation>Third party must act…</translation>
    </message>
    <message>
        <source>Say whether a processor or another third party must act for this item: the longer Vietnamese periods then apply and the due date is worked out again.</source>
        <translation>Say whether a processor or another third party must act for this item: the longer Vietnamese periods then apply and the due date is worked out again.</translation>
    </message>
    <message>
        <source>Timeline ({n})</source>
        <translation>Timeline ({n})</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>Related requests ({n})</source>
        <translation>Related requests ({n})</translation>
    </message>
    <message>
        <source>The case could not be loaded.</source>
        <translation>The case could not be loaded.</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile, so nothing was saved. The page now shows the case as it is; check it and try again.</source>
        <translation>Someone else changed this case meanwhile, so nothing was saved. The page now shows the case as it is; check it and try again.</translation>
    </message>
    <message>
        <source>That could not be done: {reason}</source>
        <translation>That could not be done: {reason}</translation>
    </message>
    <message>
        <source>The case is now yours.</source>
        <translation>The case is now yours.</translation>
    </message>
    <message>
        <source>The acknowledgement is recorded as sent.</source>
        <translation>The acknowledgement is recorded as sent.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <source>Save evidence pack</source>
        <translation>Save evidence pack</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Evidence pack saved as {name}.</source>
        <translation>Evidence pack saved as {name}.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>CasesQueuePage</name>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Any right</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Any law</source>
        <translation>Any law</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Right:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Assignee:</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Law:</translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation>&amp;Due within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Import e-mail…</source>
        <translation>Import e-mail…</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Drop .eml files here to take requests in.</source>
        <translation>Drop .eml files here to take requests in.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} cases</translation>
    </message>
    <message>
        <source>Import e-mail</source>
        <translation>Import e-mail</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>E-mail messages (*.eml);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>A closed case cannot change any more. Done, partly done and refused must agree with the items&apos; outcomes; a withdrawn request can be closed at any time.</source>
        <translation>A closed case cannot change any more. Done, partly done and refused must agree with the items&apos; outcomes; a withdrawn request can be closed at any time.</translation>
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
        <source>Mark the access/copy request as done</source>
        <translation>Mark the access/copy request as done</translation>
    </message>
    <message>
        <source>The copy answers the request: its items are recorded as done and their clock stops. Leave this unchecked if more is to be sent.</source>
        <translation>The copy answers the request: its items are recorded as done and their clock stops. Leave this unchecked if more is to be sent.</translation>
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
    <message>
        <source>The access/copy request is recorded as done.</source>
        <translation>The access/copy request is recorded as done.</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>customer reference</source>
        <translation>customer reference</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>email address</translation>
    </message>
    <message>
        <source>beginning of an email address</source>
        <translation>beginning of an email address</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>invoice number</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>words of the name</source>
        <translation>words of the name</translation>
    </message>
    <message>
        <source>beginnings of words of the name</source>
        <translation>beginnings of words of the name</translation>
    </message>
</context>
<context>
    <name>CustomerLinking</name>
    <message>
        <source>{mark} matches the records</source>
        <translation>{mark} matches the records</translation>
    </message>
    <message>
        <source>{mark} nothing on file to compare</source>
        <translation>{mark} nothing on file to compare</translation>
    </message>
    <message>
        <source>{mark} does not match</source>
        <translation>{mark} does not match</translation>
    </message>
    <message>
        <source>Identifier in the request</source>
        <translation>Identifier in the request</translation>
    </message>
    <message>
        <source>Given (masked)</source>
        <translation>Given (masked)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Find the customer a request is about and link the record to its case. The records are opened from the case once the requester&apos;s identity is verified.</source>
        <translation>Find the customer a request is about and link the record to its case. The records are opened from the case once the requester&apos;s identity is verified.</translation>
    </message>
    <message>
        <source>Link to case…</source>
        <translation>Link to case…</translation>
    </message>
    <message>
        <source>Case {case} is linked to customer {customer}. Check the identifiers below, then verify the requester&apos;s identity from the case.</source>
        <translation>Case {case} is linked to customer {customer}. Check the identifiers below, then verify the requester&apos;s identity from the case.</translation>
    </message>
</context>
<context>
    <name>DemoOutboxDialog</name>
    <message>
        <source>Demo outbox</source>
        <translation>Demo outbox</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The demo sends no real mail: what it sends appears here. Nothing was sent yet.</source>
        <translation>The demo sends no real mail: what it sends appears here. Nothing was sent yet.</translation>
    </message>
    <message>
        <source>The demo sends no real mail: what it sends appears here, newest first.</source>
        <translation>The demo sends no real mail: what it sends appears here, newest first.</translation>
    </message>
</context>
<context>
    <name>EmailIntake</name>
    <message>
        <source>The email has no Date: the time of import is taken as the time of receipt. Check it against the mailbox.</source>
        <translation>The email has no Date: the time of import is taken as the time of receipt. Check it against the mailbox.</translation>
    </message>
    <message>
        <source>The email&apos;s Date is unreadable or impossible: the time of import is taken as the time of receipt. Check it against the mailbox.</source>
        <translation>The email&apos;s Date is unreadable or impossible: the time of import is taken as the time of receipt. Check it against the mailbox.</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported, and no case was created from it. {reason}</source>
        <translation>“{file}” cannot be imported, and no case was created from it. {reason}</translation>
    </message>
</context>
<context>
    <name>EmailIntakeDialog</name>
    <message>
        <source>Import e-mail</source>
        <translation>Import e-mail</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sender (as claimed):</source>
        <translation>Sender (as claimed):</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>The email was forwarded: the sender above is whoever forwarded it, not necessarily the requester.</source>
        <translation>The email was forwarded: the sender above is whoever forwarded it, not necessarily the requester.</translation>
    </message>
    <message>
        <source>Rights asked for (suggested from the wording: check them)</source>
        <translation>Rights asked for (suggested from the wording: check them)</translation>
    </message>
    <message>
        <source>Suggested because the email says: {words}</source>
        <translation>Suggested because the email says: {words}</translation>
    </message>
    <message>
        <source>No right was recognised in the wording: choose the rights asked for.</source>
        <translation>No right was recognised in the wording: choose the rights asked for.</translation>
    </message>
    <message>
        <source>Other laws that apply</source>
        <translation>Other laws that apply</translation>
    </message>
    <message>
        <source>EU resident (GDPR)</source>
        <translation>EU resident (GDPR)</translation>
    </message>
    <message>
        <source>California resident (CCPA)</source>
        <translation>California resident (CCPA)</translation>
    </message>
    <message>
        <source>Attachments: {n}</source>
        <translation>Attachments: {n}</translation>
    </message>
    <message>
        <source>This email is already case {reference}; importing it again would make a second case. Open {reference} instead.</source>
        <translation>This email is already case {reference}; importing it again would make a second case. Open {reference} instead.</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>Open {reference}</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Skip this file</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Earlier or later requests from the same contact point</source>
        <translation>Earlier or later requests from the same contact point</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>Do not link</translation>
    </message>
    <message>
        <source>Choose at least one right the requester asks for.</source>
        <translation>Choose at least one right the requester asks for.</translation>
    </message>
    <message>
        <source>Case {reference} was created; it is due on {date}.</source>
        <translation>Case {reference} was created; it is due on {date}.</translation>
    </message>
    <message>
        <source>Link to {reference} (received {date}, {state})</source>
        <translation>Link to {reference} (received {date}, {state})</translation>
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
    <name>LinkCustomerDialog</name>
    <message>
        <source>Link the case to a customer</source>
        <translation>Link the case to a customer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <source>Case {case}: find the customer record this request is about. The search starts from what the request says.</source>
        <translation>Case {case}: find the customer record this request is about. The search starts from what the request says.</translation>
    </message>
    <message>
        <source>The case is linked to a customer already; linking another one is possible only before any verification step.</source>
        <translation>The case is linked to a customer already; linking another one is possible only before any verification step.</translation>
    </message>
    <message>
        <source>Linked to customer {customer}. Each identifier the request gave, against the records:</source>
        <translation>Linked to customer {customer}. Each identifier the request gave, against the records:</translation>
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
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
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
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Received at (Vietnam time, UTC+7):</source>
        <translation>&amp;Received at (Vietnam time, UTC+7):</translation>
    </message>
    <message>
        <source>&amp;Name (as given):</source>
        <translation>&amp;Name (as given):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Postal &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Language for replies:</source>
        <translation>&amp;Language for replies:</translation>
    </message>
    <message>
        <source>EU resident (GDPR applies)</source>
        <translation>EU resident (GDPR applies)</translation>
    </message>
    <message>
        <source>California resident (CCPA applies)</source>
        <translation>California resident (CCPA applies)</translation>
    </message>
    <message>
        <source>Made by a representative</source>
        <translation>Made by a representative</translation>
    </message>
    <message>
        <source>Rights asked for (at least one)</source>
        <translation>Rights asked for (at least one)</translation>
    </message>
    <message>
        <source>Notes (what was asked, in the requester&apos;s words):</source>
        <translation>Notes (what was asked, in the requester&apos;s words):</translation>
    </message>
    <message>
        <source>The identity is recorded as claimed; it is verified later on the case. Give at least one way to reach the requester: email, phone or postal address.</source>
        <translation>The identity is recorded as claimed; it is verified later on the case. Give at least one way to reach the requester: email, phone or postal address.</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose at least one right the requester asks for.</source>
        <translation>Choose at least one right the requester asks for.</translation>
    </message>
    <message>
        <source>Give at least one way to reach the requester: email, phone or postal address.</source>
        <translation>Give at least one way to reach the requester: email, phone or postal address.</translation>
    </message>
    <message>
        <source>The time of receipt lies in the future; give the time the request reached the company.</source>
        <translation>The time of receipt lies in the future; give the time the request reached the company.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Decide the item</source>
        <translation>Decide the item</translation>
    </message>
    <message>
        <source>Record how &quot;{right}&quot; was answered. A partial answer or a refusal needs the reason the requester is given.</source>
        <translation>Record how &quot;{right}&quot; was answered. A partial answer or a refusal needs the reason the requester is given.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Record outcome</translation>
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
    <name>PauseDialog</name>
    <message>
        <source>Stop the clock</source>
        <translation>Stop the clock</translation>
    </message>
    <message>
        <source>Stop the clock of &quot;{right}&quot; from today while waiting for the requester (for example for a missing document). Say what is awaited; it is kept with the item.</source>
        <translation>Stop the clock of &quot;{right}&quot; from today while waiting for the requester (for example for a missing document). Say what is awaited; it is kept with the item.</translation>
    </message>
    <message>
        <source>What the requester has been asked for</source>
        <translation>What the requester has been asked for</translation>
    </message>
    <message>
        <source>Say why the clock stops.</source>
        <translation>Say why the clock stops.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Loading the customer&apos;s records…</source>
        <translation>Loading the customer&apos;s records…</translation>
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
        <source>Select a record to see it in full.</source>
        <translation>Select a record to see it in full.</translation>
    </message>
    <message>
        <source>{name} ({reference}): {count} records</source>
        <translation>{name} ({reference}): {count} records</translation>
    </message>
    <message>
        <source>Processing restricted for: {purposes}</source>
        <translation>Processing restricted for: {purposes}</translation>
    </message>
    <message>
        <source>⚠ restricted since {date}</source>
        <translation>⚠ restricted since {date}</translation>
    </message>
    <message>
        <source>⚠ restricted</source>
        <translation>⚠ restricted</translation>
    </message>
    <message>
        <source>⚖ legal hold since {date}</source>
        <translation>⚖ legal hold since {date}</translation>
    </message>
    <message>
        <source>⚖ legal hold</source>
        <translation>⚖ legal hold</translation>
    </message>
    <message>
        <source>keep until {date}</source>
        <translation>keep until {date}</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>All ({count})</translation>
    </message>
</context>
<context>
    <name>ProfileWindow</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Customer records (read-only)</source>
        <translation>Customer records (read-only)</translation>
    </message>
    <message>
        <source>Customer records {reference} (read-only)</source>
        <translation>Customer records {reference} (read-only)</translation>
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
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
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
    <name>RelatedPanel</name>
    <message>
        <source>Requests from the same email or phone received within 30 days may be one matter. Link this case to the one it belongs with.</source>
        <translation>Requests from the same email or phone received within 30 days may be one matter. Link this case to the one it belongs with.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link as related</source>
        <translation>Link as related</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Possibly related</source>
        <translation>Possibly related</translation>
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
    <name>SearchPanel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact (masked)</source>
        <translation>Contact (masked)</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <source>Name, email, phone, customer reference (KH-…) or invoice number</source>
        <translation>Name, email, phone, customer reference (KH-…) or invoice number</translation>
    </message>
    <message>
        <source>Type at least {n} characters to search.</source>
        <translation>Type at least {n} characters to search.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation>No customer matches “{query}”.</translation>
    </message>
    <message>
        <source>Customers found: {n}.</source>
        <translation>Customers found: {n}.</translation>
    </message>
    <message>
        <source>Very many customers match; only the first {n} are shown. Add a word to narrow the search.</source>
        <translation>Very many customers match; only the first {n} are shown. Add a word to narrow the search.</translation>
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
    <name>ThirdPartyDialog</name>
    <message>
        <source>A third party must act</source>
        <translation>A third party must act</translation>
    </message>
    <message>
        <source>A processor or another third party must act to answer &quot;{right}&quot; (for example, it holds the data or must carry out the change). The longer period of Vietnamese law then applies and the due date (now {date}) is worked out again. Say who must act and why; it is kept with the item.</source>
        <translation>A processor or another third party must act to answer &quot;{right}&quot; (for example, it holds the data or must carry out the change). The longer period of Vietnamese law then applies and the due date (now {date}) is worked out again. Say who must act and why; it is kept with the item.</translation>
    </message>
    <message>
        <source>Who must act, and why</source>
        <translation>Who must act, and why</translation>
    </message>
    <message>
        <source>Apply the longer period</source>
        <translation>Apply the longer period</translation>
    </message>
    <message>
        <source>No third party acts</source>
        <translation>No third party acts</translation>
    </message>
    <message>
        <source>No processor or third party has to act for &quot;{right}&quot; any more: the ordinary period applies again and the due date (now {date}) is worked out again. Say why; it is kept with the item.</source>
        <translation>No processor or third party has to act for &quot;{right}&quot; any more: the ordinary period applies again and the due date (now {date}) is worked out again. Say why; it is kept with the item.</translation>
    </message>
    <message>
        <source>Why no third party acts</source>
        <translation>Why no third party acts</translation>
    </message>
    <message>
        <source>Apply the ordinary period</source>
        <translation>Apply the ordinary period</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
</context>
<context>
    <name>VerificationLabels</name>
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
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Demo outbox…</source>
        <translation>Demo outbox…</translation>
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
        <source>Level {needed} can no longer be reached in this case.</source>
        <translation>Level {needed} can no longer be reached in this case.</translation>
    </message>
    <message>
        <source>Still needed for level {level}:</source>
        <translation>Still needed for level {level}:</translation>
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
        <source>The customer has payment data on file: access, a data copy or an erasure that includes it needs level {level}, which also needs:</source>
        <translation>The customer has payment data on file: access, a data copy or an erasure that includes it needs level {level}, which also needs:</translation>
    </message>
    <message>
        <source>{requirement}. No way left in this case.</source>
        <translation>{requirement}. No way left in this case.</translation>
    </message>
    <message>
        <source>{requirement}. Ways left: {routes}</source>
        <translation>{requirement}. Ways left: {routes}</translation>
    </message>
    <message>
        <source>{method} (tab “{tab}”)</source>
        <translation>{method} (tab “{tab}”)</translation>
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
        <source>No question left to ask, and nothing else can supply the missing fact in this case.</source>
        <translation>No question left to ask, and nothing else can supply the missing fact in this case.</translation>
    </message>
    <message>
        <source>No question left to ask. The missing fact can still come from: {routes}</source>
        <translation>No question left to ask. The missing fact can still come from: {routes}</translation>
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
    <message>
        <source>The reason for the decision</source>
        <translation>The reason for the decision</translation>
    </message>
    <message>
        <source>A proposal needs a signed-in user.</source>
        <translation>A proposal needs a signed-in user.</translation>
    </message>
    <message>
        <source>Approvals need a signed-in supervisor (four eyes).</source>
        <translation>Approvals need a signed-in supervisor (four eyes).</translation>
    </message>
    <message>
        <source>Give a reason for approving or rejecting.</source>
        <translation>Give a reason for approving or rejecting.</translation>
    </message>
    <message>
        <source>This approval was changed by someone else meanwhile; reload it.</source>
        <translation>This approval was changed by someone else meanwhile; reload it.</translation>
    </message>
    <message>
        <source>This proposal has already been decided.</source>
        <translation>This proposal has already been decided.</translation>
    </message>
    <message>
        <source>You proposed this yourself; another supervisor must decide (four eyes).</source>
        <translation>You proposed this yourself; another supervisor must decide (four eyes).</translation>
    </message>
    <message>
        <source>No such approval.</source>
        <translation>No such approval.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this; it needs: {roles}.</source>
        <translation>Your role ({role}) may not do this; it needs: {roles}.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>The request item</source>
        <translation>The request item</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>No such case.</translation>
    </message>
    <message>
        <source>No such request item.</source>
        <translation>No such request item.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else meanwhile; reload it and try again.</source>
        <translation>{what} was changed by someone else meanwhile; reload it and try again.</translation>
    </message>
    <message>
        <source>Case {reference} is closed and cannot change any more.</source>
        <translation>Case {reference} is closed and cannot change any more.</translation>
    </message>
    <message>
        <source>The reason the clock stops</source>
        <translation>The reason the clock stops</translation>
    </message>
    <message>
        <source>The reason a processor or third party must act (or no longer must)</source>
        <translation>The reason a processor or third party must act (or no longer must)</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>No such attachment.</translation>
    </message>
    <message>
        <source>Case {reference} is not assigned to anyone.</source>
        <translation>Case {reference} is not assigned to anyone.</translation>
    </message>
    <message>
        <source>Case {reference} is assigned to this person already.</source>
        <translation>Case {reference} is assigned to this person already.</translation>
    </message>
    <message>
        <source>The reason for the outcome</source>
        <translation>The reason for the outcome</translation>
    </message>
    <message>
        <source>No such active account to assign the case to.</source>
        <translation>No such active account to assign the case to.</translation>
    </message>
    <message>
        <source>Case {reference} was acknowledged already.</source>
        <translation>Case {reference} was acknowledged already.</translation>
    </message>
    <message>
        <source>Say why a processor or third party must act for this item (or no longer must).</source>
        <translation>Say why a processor or third party must act for this item (or no longer must).</translation>
    </message>
    <message>
        <source>The item already says that a processor or third party must act.</source>
        <translation>The item already says that a processor or third party must act.</translation>
    </message>
    <message>
        <source>The item does not say that a processor or third party must act.</source>
        <translation>The item does not say that a processor or third party must act.</translation>
    </message>
    <message>
        <source>This request item has been decided already.</source>
        <translation>This request item has been decided already.</translation>
    </message>
    <message>
        <source>The items&apos; outcomes add up to &apos;{derived}&apos;, not &apos;{outcome}&apos;; change the items&apos; outcomes first.</source>
        <translation>The items&apos; outcomes add up to &apos;{derived}&apos;, not &apos;{outcome}&apos;; change the items&apos; outcomes first.</translation>
    </message>
    <message>
        <source>The clock of this item is stopped already.</source>
        <translation>The clock of this item is stopped already.</translation>
    </message>
    <message>
        <source>The period of this item has run out already; the clock can no longer be stopped for it.</source>
        <translation>The period of this item has run out already; the clock can no longer be stopped for it.</translation>
    </message>
    <message>
        <source>The rules that apply to this item do not let its clock stop.</source>
        <translation>The rules that apply to this item do not let its clock stop.</translation>
    </message>
    <message>
        <source>The clock of this item is running; nothing to restart.</source>
        <translation>The clock of this item is running; nothing to restart.</translation>
    </message>
    <message>
        <source>Case {reference}: the requester&apos;s identity is verified to level {reached}, and its requests need {needed}. The verification moves the case to verified once that level is reached.</source>
        <translation>Case {reference}: the requester&apos;s identity is verified to level {reached}, and its requests need {needed}. The verification moves the case to verified once that level is reached.</translation>
    </message>
    <message>
        <source>A case waits for approval only when an erasure, a refusal or an extension is proposed for it.</source>
        <translation>A case waits for approval only when an erasure, a refusal or an extension is proposed for it.</translation>
    </message>
    <message>
        <source>A proposal of this case waits for a supervisor; their decision moves the case back to work (four eyes).</source>
        <translation>A proposal of this case waits for a supervisor; their decision moves the case back to work (four eyes).</translation>
    </message>
    <message>
        <source>Choose an outcome: done, partly done or refused.</source>
        <translation>Choose an outcome: done, partly done or refused.</translation>
    </message>
    <message>
        <source>A refusal or a partial answer needs a reason for the requester.</source>
        <translation>A refusal or a partial answer needs a reason for the requester.</translation>
    </message>
    <message>
        <source>Case {reference} is {state}; an item cannot be marked {outcome} now.</source>
        <translation>Case {reference} is {state}; an item cannot be marked {outcome} now.</translation>
    </message>
    <message>
        <source>There is no case {reference}.</source>
        <translation>There is no case {reference}.</translation>
    </message>
    <message>
        <source>Issuing a copy needs a signed-in user, so that the issuing agent is recorded.</source>
        <translation>Issuing a copy needs a signed-in user, so that the issuing agent is recorded.</translation>
    </message>
    <message>
        <source>The copy&apos;s language must be one of {languages}.</source>
        <translation>The copy&apos;s language must be one of {languages}.</translation>
    </message>
    <message>
        <source>Case {reference} asks for neither access nor a copy, so no data copy is issued for it. Add the right to the case if the requester asked for it.</source>
        <translation>Case {reference} asks for neither access nor a copy, so no data copy is issued for it. Add the right to the case if the requester asked for it.</translation>
    </message>
    <message>
        <source>Choose one or more formats among pdf, json and csv.</source>
        <translation>Choose one or more formats among pdf, json and csv.</translation>
    </message>
    <message>
        <source>The channel must be one of {channels}.</source>
        <translation>The channel must be one of {channels}.</translation>
    </message>
    <message>
        <source>An encrypted copy is a PDF: the JSON and CSV exports travel inside it. Add the PDF format, or issue without encryption.</source>
        <translation>An encrypted copy is a PDF: the JSON and CSV exports travel inside it. Add the PDF format, or issue without encryption.</translation>
    </message>
    <message>
        <source>Separate JSON/CSV files cannot be encrypted. Put the exports inside the encrypted PDF, or issue without encryption.</source>
        <translation>Separate JSON/CSV files cannot be encrypted. Put the exports inside the encrypted PDF, or issue without encryption.</translation>
    </message>
    <message>
        <source>The folder {out_dir} does not exist.</source>
        <translation>The folder {out_dir} does not exist.</translation>
    </message>
    <message>
        <source>{taken} already exists in {parent}; choose another folder (an issued file is never overwritten).</source>
        <translation>{taken} already exists in {parent}; choose another folder (an issued file is never overwritten).</translation>
    </message>
    <message>
        <source>The copy cannot be written into the folder {out_dir} ({reason}); choose another folder.</source>
        <translation>The copy cannot be written into the folder {out_dir} ({reason}); choose another folder.</translation>
    </message>
    <message>
        <source>{what} is needed.</source>
        <translation>{what} is needed.</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>The customer linked to this case no longer exists.</source>
        <translation>The customer linked to this case no longer exists.</translation>
    </message>
    <message>
        <source>Case {reference} has no pending request for {names}; this decision needs one.</source>
        <translation>Case {reference} has no pending request for {names}; this decision needs one.</translation>
    </message>
    <message>
        <source>A proposal for this request item is already waiting for a supervisor; wait for the decision (or ask for it to be rejected) before proposing another.</source>
        <translation>A proposal for this request item is already waiting for a supervisor; wait for the decision (or ask for it to be rejected) before proposing another.</translation>
    </message>
    <message>
        <source>This proposal names no request item.</source>
        <translation>This proposal names no request item.</translation>
    </message>
    <message>
        <source>The request item was decided meanwhile; reject this proposal instead.</source>
        <translation>The request item was decided meanwhile; reject this proposal instead.</translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation>The reason for the correction</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>The evidence</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>A record</translation>
    </message>
    <message>
        <source>The reason for the restriction</source>
        <translation>The reason for the restriction</translation>
    </message>
    <message>
        <source>The restriction</source>
        <translation>The restriction</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>The reason for the extension</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>The legal ground</source>
        <translation>The legal ground</translation>
    </message>
    <message>
        <source>The new values are the same as those held; there is nothing to correct.</source>
        <translation>The new values are the same as those held; there is nothing to correct.</translation>
    </message>
    <message>
        <source>Choose how the recipient was told: {channels}.</source>
        <translation>Choose how the recipient was told: {channels}.</translation>
    </message>
    <message>
        <source>Recipients are told of: {decisions}.</source>
        <translation>Recipients are told of: {decisions}.</translation>
    </message>
    <message>
        <source>No such recipient for this case&apos;s customer.</source>
        <translation>No such recipient for this case&apos;s customer.</translation>
    </message>
    <message>
        <source>Choose at least one category or purpose to restrict.</source>
        <translation>Choose at least one category or purpose to restrict.</translation>
    </message>
    <message>
        <source>Tell the requester before the restriction is lifted (GDPR Art. 18(3)), then confirm that they were told.</source>
        <translation>Tell the requester before the restriction is lifted (GDPR Art. 18(3)), then confirm that they were told.</translation>
    </message>
    <message>
        <source>Say how the requester was told: {channels}.</source>
        <translation>Say how the requester was told: {channels}.</translation>
    </message>
    <message>
        <source>No such restriction for this case&apos;s customer.</source>
        <translation>No such restriction for this case&apos;s customer.</translation>
    </message>
    <message>
        <source>This restriction has been lifted already.</source>
        <translation>This restriction has been lifted already.</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>Choose at least one purpose.</translation>
    </message>
    <message>
        <source>The request gave no email address to stop messages to.</source>
        <translation>The request gave no email address to stop messages to.</translation>
    </message>
    <message>
        <source>The request gave no phone number to stop messages to.</source>
        <translation>The request gave no phone number to stop messages to.</translation>
    </message>
    <message>
        <source>A deadline period must be at least one day or month long.</source>
        <translation>A deadline period must be at least one day or month long.</translation>
    </message>
    <message>
        <source>The {regime} deadline rules have no period for: {missing}.</source>
        <translation>The {regime} deadline rules have no period for: {missing}.</translation>
    </message>
    <message>
        <source>The deadline rules must include the Vietnamese regime.</source>
        <translation>The deadline rules must include the Vietnamese regime.</translation>
    </message>
    <message>
        <source>The rules filed under {regime} are for another regime.</source>
        <translation>The rules filed under {regime} are for another regime.</translation>
    </message>
    <message>
        <source>&apos;Due soon&apos; cannot be a negative number of working days.</source>
        <translation>&apos;Due soon&apos; cannot be a negative number of working days.</translation>
    </message>
    <message>
        <source>No deadline rules are set up for {regime}.</source>
        <translation>No deadline rules are set up for {regime}.</translation>
    </message>
    <message>
        <source>A receipt or notice time must carry its time zone (UTC).</source>
        <translation>A receipt or notice time must carry its time zone (UTC).</translation>
    </message>
    <message>
        <source>{what} needs a reason.</source>
        <translation>{what} needs a reason.</translation>
    </message>
    <message>
        <source>Stopping the clock</source>
        <translation>Stopping the clock</translation>
    </message>
    <message>
        <source>A pause cannot end before it starts.</source>
        <translation>A pause cannot end before it starts.</translation>
    </message>
    <message>
        <source>An extension</source>
        <translation>An extension</translation>
    </message>
    <message>
        <source>An extension&apos;s notice time must carry its time zone (UTC).</source>
        <translation>An extension&apos;s notice time must carry its time zone (UTC).</translation>
    </message>
    <message>
        <source>The receipt time must carry its time zone (UTC).</source>
        <translation>The receipt time must carry its time zone (UTC).</translation>
    </message>
    <message>
        <source>The clock cannot be stopped before the request was received.</source>
        <translation>The clock cannot be stopped before the request was received.</translation>
    </message>
    <message>
        <source>No acknowledgement period is set up for these regimes.</source>
        <translation>No acknowledgement period is set up for these regimes.</translation>
    </message>
    <message>
        <source>This item was extended once already; no second extension.</source>
        <translation>This item was extended once already; no second extension.</translation>
    </message>
    <message>
        <source>No applicable rules allow extending this item.</source>
        <translation>No applicable rules allow extending this item.</translation>
    </message>
    <message>
        <source>The period under {regime} ended on {due}; an extension must be notified before then.</source>
        <translation>The period under {regime} ended on {due}; an extension must be notified before then.</translation>
    </message>
    <message>
        <source>The clock is stopped, so no period is running to extend; restart it first.</source>
        <translation>The clock is stopped, so no period is running to extend; restart it first.</translation>
    </message>
    <message>
        <source>This erasure proposal has no plan; propose it again.</source>
        <translation>This erasure proposal has no plan; propose it again.</translation>
    </message>
    <message>
        <source>Executing an erasure</source>
        <translation>Executing an erasure</translation>
    </message>
    <message>
        <source>Issuing a certificate</source>
        <translation>Issuing a certificate</translation>
    </message>
    <message>
        <source>A deletion certificate exists only for an executed erasure.</source>
        <translation>A deletion certificate exists only for an executed erasure.</translation>
    </message>
    <message>
        <source>{what} needs a signed-in user.</source>
        <translation>{what} needs a signed-in user.</translation>
    </message>
    <message>
        <source>Case {reference} has no such request item.</source>
        <translation>Case {reference} has no such request item.</translation>
    </message>
    <message>
        <source>This request item does not ask for erasure.</source>
        <translation>This request item does not ask for erasure.</translation>
    </message>
    <message>
        <source>This request item has already been answered.</source>
        <translation>This request item has already been answered.</translation>
    </message>
    <message>
        <source>An erasure for this request item is already proposed or approved.</source>
        <translation>An erasure for this request item is already proposed or approved.</translation>
    </message>
    <message>
        <source>This approval is not an erasure.</source>
        <translation>This approval is not an erasure.</translation>
    </message>
    <message>
        <source>This erasure has not been approved by a supervisor; it cannot be carried out.</source>
        <translation>This erasure has not been approved by a supervisor; it cannot be carried out.</translation>
    </message>
    <message>
        <source>This erasure has already been carried out.</source>
        <translation>This erasure has already been carried out.</translation>
    </message>
    <message>
        <source>The case is linked to another customer since the approval.</source>
        <translation>The case is linked to another customer since the approval.</translation>
    </message>
    <message>
        <source>The erasure plan has changed since it was approved (categories: {changed}), e.g. a new legal hold, new records or a retention date that passed. Nothing was erased; propose the erasure again.</source>
        <translation>The erasure plan has changed since it was approved (categories: {changed}), e.g. a new legal hold, new records or a retention date that passed. Nothing was erased; propose the erasure again.</translation>
    </message>
    <message>
        <source>The decision log to replay from does not verify (entry {seq} was {kind}); nothing was replayed.</source>
        <translation>The decision log to replay from does not verify (entry {seq} was {kind}); nothing was replayed.</translation>
    </message>
    <message>
        <source>The decision log has no execution entry for this erasure.</source>
        <translation>The decision log has no execution entry for this erasure.</translation>
    </message>
    <message>
        <source>Case {reference} is not linked to a customer yet; find the requester&apos;s records and link them before acting on this request.</source>
        <translation>Case {reference} is not linked to a customer yet; find the requester&apos;s records and link them before acting on this request.</translation>
    </message>
    <message>
        <source>Case {reference}: the requester&apos;s identity is verified to level {reached}, and this action ({action}) needs {needed}. Complete the verification first.</source>
        <translation>Case {reference}: the requester&apos;s identity is verified to level {reached}, and this action ({action}) needs {needed}. Complete the verification first.</translation>
    </message>
    <message>
        <source>Case {reference} is {state}; decisions on the requester&apos;s records wait until their identity is verified.</source>
        <translation>Case {reference} is {state}; decisions on the requester&apos;s records wait until their identity is verified.</translation>
    </message>
    <message>
        <source>No right could be recognised in the email; choose the rights asked for and import it again.</source>
        <translation>No right could be recognised in the email; choose the rights asked for and import it again.</translation>
    </message>
    <message>
        <source>A processor or third party is marked for {extra}, which the email does not ask for; choose the rights asked for and import it again.</source>
        <translation>A processor or third party is marked for {extra}, which the email does not ask for; choose the rights asked for and import it again.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>A case cannot be related to itself.</translation>
    </message>
    <message>
        <source>The related case does not exist.</source>
        <translation>The related case does not exist.</translation>
    </message>
    <message>
        <source>The requester&apos;s name</source>
        <translation>The requester&apos;s name</translation>
    </message>
    <message>
        <source>The postal address</source>
        <translation>The postal address</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>The notes</translation>
    </message>
    <message>
        <source>The same email is given twice; import it once.</source>
        <translation>The same email is given twice; import it once.</translation>
    </message>
    <message>
        <source>This email is already case {reference}.</source>
        <translation>This email is already case {reference}.</translation>
    </message>
    <message>
        <source>The time of receipt must carry its time zone.</source>
        <translation>The time of receipt must carry its time zone.</translation>
    </message>
    <message>
        <source>The time of receipt lies in the future.</source>
        <translation>The time of receipt lies in the future.</translation>
    </message>
    <message>
        <source>The requester&apos;s language must be Vietnamese (vi) or English (en).</source>
        <translation>The requester&apos;s language must be Vietnamese (vi) or English (en).</translation>
    </message>
    <message>
        <source>Choose at least one right the requester asks for.</source>
        <translation>Choose at least one right the requester asks for.</translation>
    </message>
    <message>
        <source>A processor or third party is marked for {extra}, which the request does not ask for; mark only rights asked for.</source>
        <translation>A processor or third party is marked for {extra}, which the request does not ask for; mark only rights asked for.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>The phone number is not valid.</translation>
    </message>
    <message>
        <source>Give at least one way to reach the requester: email, phone or postal address.</source>
        <translation>Give at least one way to reach the requester: email, phone or postal address.</translation>
    </message>
    <message>
        <source>This case is not linked to a customer yet. Search for the requester and link the matching customer record to the case first.</source>
        <translation>This case is not linked to a customer yet. Search for the requester and link the matching customer record to the case first.</translation>
    </message>
    <message>
        <source>The requester&apos;s identity has not been verified. Verify it (at least level L1: registered email or a one-time code) before looking at the records.</source>
        <translation>The requester&apos;s identity has not been verified. Verify it (at least level L1: registered email or a one-time code) before looking at the records.</translation>
    </message>
    <message>
        <source>{table}.{field} cannot be corrected here; the fields that can are: {allowed}.</source>
        <translation>{table}.{field} cannot be corrected here; the fields that can are: {allowed}.</translation>
    </message>
    <message>
        <source>{label_en} ({label_vi}) cannot be empty.</source>
        <translation>{label_en} ({label_vi}) cannot be empty.</translation>
    </message>
    <message>
        <source>{label_en} ({label_vi}) {error}.</source>
        <translation>{label_en} ({label_vi}) {error}.</translation>
    </message>
    <message>
        <source>No such record in {table} for this case&apos;s customer.</source>
        <translation>No such record in {table} for this case&apos;s customer.</translation>
    </message>
    <message>
        <source>Choose at least one field to correct.</source>
        <translation>Choose at least one field to correct.</translation>
    </message>
    <message>
        <source>{label_en} of one record is changed twice; keep one.</source>
        <translation>{label_en} of one record is changed twice; keep one.</translation>
    </message>
    <message>
        <source>The version you saw of {key} is missing; preview the correction again.</source>
        <translation>The version you saw of {key} is missing; preview the correction again.</translation>
    </message>
    <message>
        <source>Record {key} was changed by someone else meanwhile; reload it, check the values and try again.</source>
        <translation>Record {key} was changed by someone else meanwhile; reload it, check the values and try again.</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>No such customer.</translation>
    </message>
    <message>
        <source>Case {reference} already has verification steps recorded against another customer&apos;s records, so it cannot be linked to a different one. Open a new case for this customer.</source>
        <translation>Case {reference} already has verification steps recorded against another customer&apos;s records, so it cannot be linked to a different one. Open a new case for this customer.</translation>
    </message>
    <message>
        <source>This request did not come by email, so it cannot have come from the registered email; use a one-time code or a callback instead.</source>
        <translation>This request did not come by email, so it cannot have come from the registered email; use a one-time code or a callback instead.</translation>
    </message>
    <message>
        <source>Only email codes can be sent from this installation; for a phone, call the registered number back instead.</source>
        <translation>Only email codes can be sent from this installation; for a phone, call the registered number back instead.</translation>
    </message>
    <message>
        <source>This number is not a registered phone of the customer; call back only a number on file.</source>
        <translation>This number is not a registered phone of the customer; call back only a number on file.</translation>
    </message>
    <message>
        <source>The records hold nothing for this question; choose another one.</source>
        <translation>The records hold nothing for this question; choose another one.</translation>
    </message>
    <message>
        <source>This question was asked already in this case; choose another one.</source>
        <translation>This question was asked already in this case; choose another one.</translation>
    </message>
    <message>
        <source>No one-time code is waiting for this case; send a new one.</source>
        <translation>No one-time code is waiting for this case; send a new one.</translation>
    </message>
    <message>
        <source>Identity verification needs a signed-in user.</source>
        <translation>Identity verification needs a signed-in user.</translation>
    </message>
    <message>
        <source>Case {reference} is not linked to a customer yet; find the requester&apos;s records and link them first.</source>
        <translation>Case {reference} is not linked to a customer yet; find the requester&apos;s records and link them first.</translation>
    </message>
    <message>
        <source>Choose one registered email to send the code to.</source>
        <translation>Choose one registered email to send the code to.</translation>
    </message>
    <message>
        <source>A code goes only to an email registered for this customer; that address is not one of them.</source>
        <translation>A code goes only to an email registered for this customer; that address is not one of them.</translation>
    </message>
    <message>
        <source>The file is not an email: it is unreadable UTF-16 text.</source>
        <translation>The file is not an email: it is unreadable UTF-16 text.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB; it is not accepted as an email.</source>
        <translation>The file is larger than {megabytes} MB; it is not accepted as an email.</translation>
    </message>
    <message>
        <source>The file is empty; it is not an email.</source>
        <translation>The file is empty; it is not an email.</translation>
    </message>
    <message>
        <source>The file is {what}, not an email.</source>
        <translation>The file is {what}, not an email.</translation>
    </message>
    <message>
        <source>The file contains binary data, not an email.</source>
        <translation>The file contains binary data, not an email.</translation>
    </message>
    <message>
        <source>The file does not start with email header lines; it is not an email.</source>
        <translation>The file does not start with email header lines; it is not an email.</translation>
    </message>
    <message>
        <source>The email nests parts or brackets more than {depth} levels deep; it is not accepted.</source>
        <translation>The email nests parts or brackets more than {depth} levels deep; it is not accepted.</translation>
    </message>
    <message>
        <source>An email header is longer than {kilobytes} KB; it is not accepted.</source>
        <translation>An email header is longer than {kilobytes} KB; it is not accepted.</translation>
    </message>
    <message>
        <source>An email header has more than {count} parameters; it is not accepted.</source>
        <translation>An email header has more than {count} parameters; it is not accepted.</translation>
    </message>
    <message>
        <source>The headers of the email or of one of its parts are larger than {kilobytes} KB; it is not accepted.</source>
        <translation>The headers of the email or of one of its parts are larger than {kilobytes} KB; it is not accepted.</translation>
    </message>
    <message>
        <source>The email has more than {parts} parts; it is not accepted.</source>
        <translation>The email has more than {parts} parts; it is not accepted.</translation>
    </message>
    <message>
        <source>The email has no valid sender (From) address.</source>
        <translation>The email has no valid sender (From) address.</translation>
    </message>
    <message>
        <source>No working OS keyring was found, and CLB4U Desk keeps its secrets only there. On Windows and macOS the system keyring works out of the box; on Linux install and unlock a Secret Service keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>No working OS keyring was found, and CLB4U Desk keeps its secrets only there. On Windows and macOS the system keyring works out of the box; on Linux install and unlock a Secret Service keyring (GNOME Keyring or KWallet), then try again.</translation>
    </message>
    <message>
        <source>{message} ({kind})</source>
        <translation>{message} ({kind})</translation>
    </message>
    <message>
        <source>The recipient must be one plain email address.</source>
        <translation>The recipient must be one plain email address.</translation>
    </message>
    <message>
        <source>A mail subject is one line.</source>
        <translation>A mail subject is one line.</translation>
    </message>
    <message>
        <source>The mail is too long to send.</source>
        <translation>The mail is too long to send.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in. Ask IT to check the SMTP user name and the password stored in the keyring.</source>
        <translation>The mail server refused the sign-in. Ask IT to check the SMTP user name and the password stored in the keyring.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient address; nothing was sent.</source>
        <translation>The mail server refused the recipient address; nothing was sent.</translation>
    </message>
    <message>
        <source>The mail server ({host}:{port}) could not be reached or did not accept the mail; nothing was sent. Try again later or ask IT to check the mail settings.</source>
        <translation>The mail server ({host}:{port}) could not be reached or did not accept the mail; nothing was sent. Try again later or ask IT to check the mail settings.</translation>
    </message>
    <message>
        <source>The mail server needs a password and none is stored in the keyring. Store it with: clb4u-desk secret set smtp</source>
        <translation>The mail server needs a password and none is stored in the keyring. Store it with: clb4u-desk secret set smtp</translation>
    </message>
    <message>
        <source>The demo outbox folder {folder} cannot be written; nothing was sent.</source>
        <translation>The demo outbox folder {folder} cannot be written; nothing was sent.</translation>
    </message>
    <message>
        <source>The database URL cannot be read; it looks like postgresql://USER@HOST:5432/NAME or sqlite:///PATH/desk.sqlite3.</source>
        <translation>The database URL cannot be read; it looks like postgresql://USER@HOST:5432/NAME or sqlite:///PATH/desk.sqlite3.</translation>
    </message>
    <message>
        <source>The database URL contains a password. Remove it from the configuration and store it in the OS keyring with: clb4u-desk secret set database</source>
        <translation>The database URL contains a password. Remove it from the configuration and store it in the OS keyring with: clb4u-desk secret set database</translation>
    </message>
    <message>
        <source>The folder of the database file cannot be created ({strerror}); choose a folder this user may write to.</source>
        <translation>The folder of the database file cannot be created ({strerror}); choose a folder this user may write to.</translation>
    </message>
    <message>
        <source>The database &apos;{backend}&apos; is not supported; use SQLite or PostgreSQL.</source>
        <translation>The database &apos;{backend}&apos; is not supported; use SQLite or PostgreSQL.</translation>
    </message>
    <message>
        <source>The log to replay from is not a database URL (for example sqlite:///D:/backup/desk.sqlite3 or postgresql://desk@db.clb4u.lan/clb4u_old).</source>
        <translation>The log to replay from is not a database URL (for example sqlite:///D:/backup/desk.sqlite3 or postgresql://desk@db.clb4u.lan/clb4u_old).</translation>
    </message>
    <message>
        <source>There is no database file at the path given for the log to replay from.</source>
        <translation>There is no database file at the path given for the log to replay from.</translation>
    </message>
    <message>
        <source>The database to replay the log from cannot be opened (check the URL and that the server is reachable).</source>
        <translation>The database to replay the log from cannot be opened (check the URL and that the server is reachable).</translation>
    </message>
    <message>
        <source>The database given to replay from holds no CLB4U decision log.</source>
        <translation>The database given to replay from holds no CLB4U decision log.</translation>
    </message>
    <message>
        <source>This workstation has no pseudonym key in its keyring. Ask your administrator for the team&apos;s key and store it with: clb4u-desk secret set pseudonym-key</source>
        <translation>This workstation has no pseudonym key in its keyring. Ask your administrator for the team&apos;s key and store it with: clb4u-desk secret set pseudonym-key</translation>
    </message>
    <message>
        <source>The database schema is not up to date. Run: clb4u-desk db upgrade</source>
        <translation>The database schema is not up to date. Run: clb4u-desk db upgrade</translation>
    </message>
    <message>
        <source>Cannot connect to the database {display_name}: check that the server is running and reachable, that the database exists and that this workstation may sign in (clb4u-desk secret set database stores the password).</source>
        <translation>Cannot connect to the database {display_name}: check that the server is running and reachable, that the database exists and that this workstation may sign in (clb4u-desk secret set database stores the password).</translation>
    </message>
    <message>
        <source>The config file {path} cannot be read: {error}</source>
        <translation>The config file {path} cannot be read: {error}</translation>
    </message>
    <message>
        <source>The setting {where} has a value of the wrong kind.</source>
        <translation>The setting {where} has a value of the wrong kind.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{prefix}{key}&apos; in the configuration.</source>
        <translation>Unknown setting &apos;{prefix}{key}&apos; in the configuration.</translation>
    </message>
    <message>
        <source>The setting &apos;{prefix}{key}&apos; must be a table.</source>
        <translation>The setting &apos;{prefix}{key}&apos; must be a table.</translation>
    </message>
    <message>
        <source>--demo uses its own SQLite file in the user data folder; leave out --database.</source>
        <translation>--demo uses its own SQLite file in the user data folder; leave out --database.</translation>
    </message>
    <message>
        <source>The setting &apos;ui.language&apos; must be &apos;vi&apos; or &apos;en&apos;.</source>
        <translation>The setting &apos;ui.language&apos; must be &apos;vi&apos; or &apos;en&apos;.</translation>
    </message>
    <message>
        <source>The setting &apos;database.password&apos; must be &apos;keyring&apos; or &apos;none&apos;.</source>
        <translation>The setting &apos;database.password&apos; must be &apos;keyring&apos; or &apos;none&apos;.</translation>
    </message>
    <message>
        <source>{where} contains what looks like a full payment card number. Card numbers must not be stored: remove it (keep at most the last 4 digits) and try again.</source>
        <translation>{where} contains what looks like a full payment card number. Card numbers must not be stored: remove it (keep at most the last 4 digits) and try again.</translation>
    </message>
    <message>
        <source>The last 4 digits of a card must be exactly 4 digits (0-9).</source>
        <translation>The last 4 digits of a card must be exactly 4 digits (0-9).</translation>
    </message>
    <message>
        <source>A card brand is at most {limit} characters long.</source>
        <translation>A card brand is at most {limit} characters long.</translation>
    </message>
    <message>
        <source>The card brand</source>
        <translation>The card brand</translation>
    </message>
    <message>
        <source>A card&apos;s expiry month must be between 1 and 12.</source>
        <translation>A card&apos;s expiry month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>A card&apos;s expiry year must be between 2000 and 2099.</source>
        <translation>A card&apos;s expiry year must be between 2000 and 2099.</translation>
    </message>
    <message>
        <source>A card expiry must be written as MM/YYYY or MM/YY.</source>
        <translation>A card expiry must be written as MM/YYYY or MM/YY.</translation>
    </message>
    <message>
        <source>The case is {state} and cannot change any more; open a new case for a new request.</source>
        <translation>The case is {state} and cannot change any more; open a new case for a new request.</translation>
    </message>
    <message>
        <source>A case cannot move from {state} to {target}; from {state} it can move to: {targets}.</source>
        <translation>A case cannot move from {state} to {target}; from {state} it can move to: {targets}.</translation>
    </message>
    <message>
        <source>Only closing a case takes an outcome; moving to {state} does not.</source>
        <translation>Only closing a case takes an outcome; moving to {state} does not.</translation>
    </message>
    <message>
        <source>Closing a case needs an outcome; from {state} it can be: {choices}.</source>
        <translation>Closing a case needs an outcome; from {state} it can be: {choices}.</translation>
    </message>
    <message>
        <source>A case that is {state} cannot be closed as {outcome}; it can be closed as: {choices}.</source>
        <translation>A case that is {state} cannot be closed as {outcome}; it can be closed as: {choices}.</translation>
    </message>
    <message>
        <source>The case has no request items, so it cannot be closed as done, partly done or refused.</source>
        <translation>The case has no request items, so it cannot be closed as done, partly done or refused.</translation>
    </message>
    <message>
        <source>{pending} request item(s) of the case are still pending; decide each item before closing the case.</source>
        <translation>{pending} request item(s) of the case are still pending; decide each item before closing the case.</translation>
    </message>
    <message>
        <source>A case reference year must be between {first} and {last}.</source>
        <translation>A case reference year must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>A case number must be between 1 and {largest} within its year.</source>
        <translation>A case number must be between 1 and {largest} within its year.</translation>
    </message>
    <message>
        <source>That is not a case reference; a reference looks like DSR-2026-000123.</source>
        <translation>That is not a case reference; a reference looks like DSR-2026-000123.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({permission}); it needs: {needed}.</source>
        <translation>Your role ({role}) may not do this ({permission}); it needs: {needed}.</translation>
    </message>
    <message>
        <source>The date {first} is listed both as a day off and a working day.</source>
        <translation>The date {first} is listed both as a day off and a working day.</translation>
    </message>
    <message>
        <source>A holiday table needs both its first and its last year.</source>
        <translation>A holiday table needs both its first and its last year.</translation>
    </message>
    <message>
        <source>A holiday table&apos;s first year comes after its last year.</source>
        <translation>A holiday table&apos;s first year comes after its last year.</translation>
    </message>
    <message>
        <source>The holiday table has no working day for a whole year.</source>
        <translation>The holiday table has no working day for a whole year.</translation>
    </message>
    <message>
        <source>A number of working days cannot be negative.</source>
        <translation>A number of working days cannot be negative.</translation>
    </message>
    <message>
        <source>The last 4 digits of the {what} must be exactly 4 digits (0-9).</source>
        <translation>The last 4 digits of the {what} must be exactly 4 digits (0-9).</translation>
    </message>
    <message>
        <source>A knowledge question must say which fact it asked, and only a knowledge question names a fact.</source>
        <translation>A knowledge question must say which fact it asked, and only a knowledge question names a fact.</translation>
    </message>
    <message>
        <source>An ID document check must record the document&apos;s type and last 4 digits, and only that check records a document.</source>
        <translation>An ID document check must record the document&apos;s type and last 4 digits, and only that check records a document.</translation>
    </message>
    <message>
        <source>A verification note is at most {limit} characters long.</source>
        <translation>A verification note is at most {limit} characters long.</translation>
    </message>
    <message>
        <source>The verification note</source>
        <translation>The verification note</translation>
    </message>
    <message>
        <source>The requester&apos;s identity is verified to level {level}, and this needs {required}. Still needed: {still}.</source>
        <translation>The requester&apos;s identity is verified to level {level}, and this needs {required}. Still needed: {still}.</translation>
    </message>
    <message>
        <source>A one-time code has between 4 and 12 digits.</source>
        <translation>A one-time code has between 4 and 12 digits.</translation>
    </message>
    <message>
        <source>A one-time code must stay valid for some time.</source>
        <translation>A one-time code must stay valid for some time.</translation>
    </message>
    <message>
        <source>A one-time code must allow at least one try.</source>
        <translation>A one-time code must allow at least one try.</translation>
    </message>
    <message>
        <source>A one-time code is {digits} digits; type the code the requester reads out. No try was used.</source>
        <translation>A one-time code is {digits} digits; type the code the requester reads out. No try was used.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, so it cannot be shown masked.</source>
        <translation>This is not a valid phone number, so it cannot be shown masked.</translation>
    </message>
    <message>
        <source>A refusal needs a reason for the requester.</source>
        <translation>A refusal needs a reason for the requester.</translation>
    </message>
    <message>
        <source>A refusal needs its legal ground (for example: GDPR Art. 12(5), manifestly unfounded; Law 91/2025 Art. 4 exception).</source>
        <translation>A refusal needs its legal ground (for example: GDPR Art. 12(5), manifestly unfounded; Law 91/2025 Art. 4 exception).</translation>
    </message>
    <message>
        <source>The fiscal year end {month:02d}-{day:02d} is not a day of the year.</source>
        <translation>The fiscal year end {month:02d}-{day:02d} is not a day of the year.</translation>
    </message>
    <message>
        <source>The retention rule for {name} needs its basis in vi and en.</source>
        <translation>The retention rule for {name} needs its basis in vi and en.</translation>
    </message>
    <message>
        <source>The retention rule for {name} retains data, so it needs a number of years.</source>
        <translation>The retention rule for {name} retains data, so it needs a number of years.</translation>
    </message>
    <message>
        <source>The retention rule for {name} {action_when_requested}s on request, so it cannot have a retention period; use action &apos;retain&apos;.</source>
        <translation>The retention rule for {name} {action_when_requested}s on request, so it cannot have a retention period; use action &apos;retain&apos;.</translation>
    </message>
    <message>
        <source>The retention period for {name} must be at least 1 year.</source>
        <translation>The retention period for {name} must be at least 1 year.</translation>
    </message>
    <message>
        <source>Case records must be kept at least 1 year after closing.</source>
        <translation>Case records must be kept at least 1 year after closing.</translation>
    </message>
    <message>
        <source>The retention policy has no rule for: {missing}.</source>
        <translation>The retention policy has no rule for: {missing}.</translation>
    </message>
    <message>
        <source>The retention rule filed under {category} is for {other}.</source>
        <translation>The retention rule filed under {category} is for {other}.</translation>
    </message>
    <message>
        <source>The policy file {path} is missing.</source>
        <translation>The policy file {path} is missing.</translation>
    </message>
    <message>
        <source>The policy file {path} is not valid TOML: {error}.</source>
        <translation>The policy file {path} is not valid TOML: {error}.</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a table.</source>
        <translation>{where}: &apos;{key}&apos; must be a table.</translation>
    </message>
    <message>
        <source>{where}: unknown setting(s) {unknown}.</source>
        <translation>{where}: unknown setting(s) {unknown}.</translation>
    </message>
    <message>
        <source>{where}: a period is one of {{ days = N }}, {{ working_days = N }}, {{ months = N }}.</source>
        <translation>{where}: a period is one of {{ days = N }}, {{ working_days = N }}, {{ months = N }}.</translation>
    </message>
    <message>
        <source>{where}: the number of {unit} must be a whole number &gt;= 1.</source>
        <translation>{where}: the number of {unit} must be a whole number &gt;= 1.</translation>
    </message>
    <message>
        <source>{where}: must be true or false.</source>
        <translation>{where}: must be true or false.</translation>
    </message>
    <message>
        <source>{where}: no period is set.</source>
        <translation>{where}: no period is set.</translation>
    </message>
    <message>
        <source>{where}.note: must be text.</source>
        <translation>{where}.note: must be text.</translation>
    </message>
    <message>
        <source>{source}: due_soon_working_days must be a whole number.</source>
        <translation>{source}: due_soon_working_days must be a whole number.</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>{source}: {error}.</source>
        <translation>{source}: {error}.</translation>
    </message>
    <message>
        <source>{where}: each entry needs a date like 2027-02-06.</source>
        <translation>{where}: each entry needs a date like 2027-02-06.</translation>
    </message>
    <message>
        <source>{where}: unknown kind &apos;{kind}&apos; for {day}.</source>
        <translation>{where}: unknown kind &apos;{kind}&apos; for {day}.</translation>
    </message>
    <message>
        <source>{where}: {day} is not in {year}.</source>
        <translation>{where}: {day} is not in {year}.</translation>
    </message>
    <message>
        <source>{source}: &apos;{name}&apos; is not a year.</source>
        <translation>{source}: &apos;{name}&apos; is not a year.</translation>
    </message>
    <message>
        <source>{source}: the years must follow each other without gaps.</source>
        <translation>{source}: the years must follow each other without gaps.</translation>
    </message>
    <message>
        <source>{where}.{key}: must be a non-empty text.</source>
        <translation>{where}.{key}: must be a non-empty text.</translation>
    </message>
    <message>
        <source>{where}: must be a whole number of years, 1 or more.</source>
        <translation>{where}: must be a whole number of years, 1 or more.</translation>
    </message>
    <message>
        <source>{where}: must be one of {choices}.</source>
        <translation>{where}: must be one of {choices}.</translation>
    </message>
    <message>
        <source>{where}: fiscal_year_end is {{ month = M, day = D }}.</source>
        <translation>{where}: fiscal_year_end is {{ month = M, day = D }}.</translation>
    </message>
    <message>
        <source>{where}: fiscal_year_end month and day must be numbers.</source>
        <translation>{where}: fiscal_year_end month and day must be numbers.</translation>
    </message>
    <message>
        <source>{where}.kept_while_others_retained: must be true or false.</source>
        <translation>{where}.kept_while_others_retained: must be true or false.</translation>
    </message>
    <message>
        <source>{where}: no rule for {missing}.</source>
        <translation>{where}: no rule for {missing}.</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>The display name</translation>
    </message>
    <message>
        <source>A sign-in name is 2-63 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A sign-in name is 2-63 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>The role must be one of: {roles}.</translation>
    </message>
    <message>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>The password must be at least {minimum} characters long.</translation>
    </message>
    <message>
        <source>The sign-in name &apos;{login}&apos; is taken.</source>
        <translation>The sign-in name &apos;{login}&apos; is taken.</translation>
    </message>
    <message>
        <source>Wrong sign-in name or password, or the account is disabled.</source>
        <translation>Wrong sign-in name or password, or the account is disabled.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>No such account.</translation>
    </message>
    <message>
        <source>A checkpoint is signed by a signed-in supervisor.</source>
        <translation>A checkpoint is signed by a signed-in supervisor.</translation>
    </message>
    <message>
        <source>The workspace has cases already; demo cases are only added to a workspace without any.</source>
        <translation>The workspace has cases already; demo cases are only added to a workspace without any.</translation>
    </message>
    <message>
        <source>The workspace holds too few demo customers for the demo cases; seed at least 200.</source>
        <translation>The workspace holds too few demo customers for the demo cases; seed at least 200.</translation>
    </message>
    <message>
        <source>The number of customers must be between 1 and {limit:,}.</source>
        <translation>The number of customers must be between 1 and {limit:,}.</translation>
    </message>
    <message>
        <source>The heavy-customer row count must be positive.</source>
        <translation>The heavy-customer row count must be positive.</translation>
    </message>
    <message>
        <source>The database already holds customers; demo data is only seeded into an empty database.</source>
        <translation>The database already holds customers; demo data is only seeded into an empty database.</translation>
    </message>
    <message>
        <source>The demo workspace is filled only when the app runs with --demo (demo settings).</source>
        <translation>The demo workspace is filled only when the app runs with --demo (demo settings).</translation>
    </message>
    <message>
        <source>That is not an email address.</source>
        <translation>That is not an email address.</translation>
    </message>
    <message>
        <source>That is not a phone number.</source>
        <translation>That is not a phone number.</translation>
    </message>
    <message>
        <source>A {channel} contact point cannot be suppressed on its own; record an objection on the customer&apos;s record instead.</source>
        <translation>A {channel} contact point cannot be suppressed on its own; record an objection on the customer&apos;s record instead.</translation>
    </message>
    <message>
        <source>{file_name}, line {line}, column &apos;{column}&apos;: {message}.</source>
        <translation>{file_name}, line {line}, column &apos;{column}&apos;: {message}.</translation>
    </message>
    <message>
        <source>{file_name}, line {line}: {message}.</source>
        <translation>{file_name}, line {line}: {message}.</translation>
    </message>
    <message>
        <source>The import folder {directory} does not exist.</source>
        <translation>The import folder {directory} does not exist.</translation>
    </message>
    <message>
        <source>Unknown import file {unknown}; the known files are listed in docs/import-format.md.</source>
        <translation>Unknown import file {unknown}; the known files are listed in docs/import-format.md.</translation>
    </message>
    <message>
        <source>The folder {directory} holds none of the import files.</source>
        <translation>The folder {directory} holds none of the import files.</translation>
    </message>
    <message>
        <source>The database changed during the import (someone imported the same records?); nothing was imported. Try again.</source>
        <translation>The database changed during the import (someone imported the same records?); nothing was imported. Try again.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}); choose another folder or name.</source>
        <translation>The file could not be written ({reason}); choose another folder or name.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>en</source>
        <comment>The code of this file&apos;s language: vi in the Vietnamese file</comment>
        <translation>en</translation>
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
