<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <message>
        <source>Supervisor approvals come here: erasures, refusals and extensions waiting for a second pair of eyes, deadlines at risk, and the decision log.</source>
        <translation>Supervisor approvals come here: erasures, refusals and extensions waiting for a second pair of eyes, deadlines at risk, and the decision log.</translation>
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
