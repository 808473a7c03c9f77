<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Commands</name>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>Composition today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum has no active government or civil-society members. OGP minimum requirement 1.1 asks for both in the multi-stakeholder forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum has no active government members. OGP minimum requirement 1.1 asks for both government and civil society in the multi-stakeholder forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum has no active civil-society members. OGP minimum requirement 1.1 asks for both government and civil society in the multi-stakeholder forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more whose term is over or not begun</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>the file has %1 forum records instead of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment %1 (number %2) runs %3 to %4, outside its plan&apos;s period %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone %1 of commitment %2 runs %3 to %4, outside the commitment&apos;s dates %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 at “%2” counts %3 votes, but only %4 voting members were present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution %1 is marked “%2” but has no reasoned response with its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes of meeting %1 (“%2”) are marked approved, but no later meeting approving them is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 (%2) is recorded as their own alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress update %1 of milestone %2 is dated %3, before the milestone starts (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda of meeting %1 is not numbered in order (%2 items, last position %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the milestones of commitment %1 are not numbered in order (%2 milestones, last position %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Forum Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join OGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining OGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in %1; decides by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules of participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website (MR 2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document repository (MR 2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government and civil society both sit on the forum (MR 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 eligibility criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined OGP on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter of intent recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plan yet. Plans are co-created with civil society; the Co-create page will let you start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · stage: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is busy in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link between a contribution and a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to access to information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to civic participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to public accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to technology and innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential for results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum (percent of voting members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum needs both government and civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined OGP on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried into plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting actors (government)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting actors (civil society, private sector, others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it solves the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to other plans and the SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the completion level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Problem with this field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForumSettingsPage</name>
    <message>
        <source>Country, province or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the forum&apos;s documents (minutes, plans, reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s mandate, membership and how it works (or a link to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How anyone can take part: calls, selection of members, meetings open to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the voting members who must be present for the forum to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum needs government and civil society present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This forum is open read-only: the settings are shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change is saved when you leave the field. Undo it with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the full web address, starting with https:// (for example https://gobiernoabierto.example.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the full web address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as America/Lima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join OGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To join the Open Government Partnership, a government meets the eligibility criteria, sends a letter of intent and names a point of contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (source, score or link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 eligibility criteria are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 eligibility criteria met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the evidence for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a vote in the forum&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as in the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry, organization or university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Active today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members whose term covers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>This page is coming in a later version of Forum Desk. It will hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This forum file already keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost in the meantime: the command line (forumdesk-cli list) shows these records today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” (%3) cannot be before “%2” (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%3) must be after “%2” (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-thirds majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGP values check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful information for citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including excluded groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public resources and anti-corruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes in draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially incorporated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not incorporated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forumdesk</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a forum file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Forum Desk forum file (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Forum Desk forum file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database of another application (application id 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1.%2” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Forum Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forumdesk-cli</name>
    <message>
        <source>Create a new, empty forum file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the fictional sample forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the file&apos;s format version, forum and record counts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity, structure and data rules; one line per problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plans, commitments, meetings, members or contributions as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the forum file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forumdesk::ForumFile</name>
    <message>
        <source>it has no Forum Desk format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its structure is not Forum Desk&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This forum file was written by a newer version of Forum Desk (format %1; this version knows format %2). It is open read-only and will not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum is open read-only, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only on disk, so the forum is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the file is read-only, so the forum is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum is open in %1, so it is open here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before updating its format: %2 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format updated from %1 to %2; the old file is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the open forum file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 (row %2) refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forumdesk::ForumWorkspace</name>
    <message>
        <source>Read-only: %1 Changes cannot be made; use File ▸ Save a Copy… to keep a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n public contribution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Co-create the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government and civil society co-create the action plan together, and every public contribution gets a reasoned response (OGP standard 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation events and the public contributions they collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reasoned response to each contribution, and whether it shaped a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment drafts on OGP&apos;s template: problem, commitment, OGP values, milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum&apos;s decisions on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Implement the commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government implements the commitments; the forum follows their progress with civil society.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each commitment&apos;s milestones, with dates and the institution responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated progress updates with evidence, and the completion level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts of progress per plan, per institution and over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluate the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment, then the Independent Reporting Mechanism (IRM) review, on the IRM&apos;s own scales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-commitment assessments: verifiability, relevance, potential for results, completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Did it open government?” and starred commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end-of-term self-assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) learned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Learn for the next plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers exchange experience, and the lessons of this plan feed the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons learned and recommendations, linked to the plan they are carried into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference practices from the five frontiers of open government</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings of the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum meets at least every six months (MR 1.1), and at least twice a year with civil society on implementation results (MR 5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices, agendas and attendance by sector, with the quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes, decisions and votes, and action items with owners and due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes and notices written as PDF, ODT, HTML or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forumdesk::T</name>
    <message>
        <source>“%1” is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be one of %2, not “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be among %2, not “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” refers to %2 %3, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forumdesk::WelcomePage</name>
    <message>
        <source>Forum Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the secretariat of an Open Government Partnership multi-stakeholder forum: members, meetings, the action plan and its progress, in one file that works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Forum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional forum with members, plans, commitments and meetings, to try Forum Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forumdesk::cli</name>
    <message>
        <source>new needs --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample forum exists in es and en, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size is small or large, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the sample forum %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes plans, commitments, meetings, members or contributions, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s language: es, en, fr or pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample&apos;s language: es (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (default), or large: a decade of a big forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: forumdesk-cli [--lang L] COMMAND [OPTIONS] ARGUMENTS
Forum Desk for the command line. Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run forumdesk-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 ok, 1 problems found, 2 usage error, 3 file cannot be opened, 4 output cannot be written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; run forumdesk-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages: es or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2; run forumdesk-cli %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
