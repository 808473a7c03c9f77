<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Recorded the publication of the minutes of %n meeting(s)
</source>
        <translation>
            <numerusform>Recorded the publication of the minutes of %n meeting
</numerusform>
            <numerusform>Recorded the publication of the minutes of %n meetings
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoCreationSummary</name>
    <message numerus="yes">
        <source>%n contribution(s) were received</source>
        <translation>
            <numerusform>%n contribution was received</numerusform>
            <numerusform>%n contributions were received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have a reasoned response</source>
        <translation>
            <numerusform>%n has a reasoned response</numerusform>
            <numerusform>%n have a reasoned response</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were incorporated in full or in part</source>
        <translation>
            <numerusform>%n was incorporated in full or in part</numerusform>
            <numerusform>%n were incorporated in full or in part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribution received</numerusform>
            <numerusform>%n contributions received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n answered</numerusform>
            <numerusform>%n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a response</source>
        <translation>
            <numerusform>%n awaiting a response</numerusform>
            <numerusform>%n awaiting a response</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incorporated in full or in part</source>
        <translation>
            <numerusform>%n incorporated in full or in part</numerusform>
            <numerusform>%n incorporated in full or in part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not incorporated</source>
        <translation>
            <numerusform>%n not incorporated</numerusform>
            <numerusform>%n not incorporated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Import %n contribution(s) from “%1”</source>
        <translation>
            <numerusform>Import %n contribution from “%1”</numerusform>
            <numerusform>Import %n contributions from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the publication of the minutes of %n meeting(s) on the website</source>
        <translation>
            <numerusform>Record the publication of the minutes of %n meeting on the website</numerusform>
            <numerusform>Record the publication of the minutes of %n meetings on the website</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributionImport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem must be fixed first.</numerusform>
            <numerusform>Nothing was imported: %n problems must be fixed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contribution(s) from a CSV file</source>
        <translation>
            <numerusform>Imported %n contribution from a CSV file</numerusform>
            <numerusform>Imported %n contributions from a CSV file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message numerus="yes">
        <source>%1 of %2 voting members present; %n required.</source>
        <translation>
            <numerusform>%1 of %2 voting members present; %n required.</numerusform>
            <numerusform>%1 of %2 voting members present; %n required.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The forum set the completion level of %n commitment(s) otherwise than progress suggests; the reasons are given with each commitment.</source>
        <translation>
            <numerusform>The forum set the completion level of %n commitment otherwise than progress suggests; the reasons are given with each commitment.</numerusform>
            <numerusform>The forum set the completion level of %n commitments otherwise than progress suggests; the reasons are given with each commitment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message numerus="yes">
        <source>%1 (%2 of %n milestone(s) done)</source>
        <translation>
            <numerusform>%1 (%2 of %n milestone done)</numerusform>
            <numerusform>%1 (%2 of %n milestones done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n commitment(s).</source>
        <translation>
            <numerusform>The plan has %n commitment.</numerusform>
            <numerusform>The plan has %n commitments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before the plan started, the forum held %n meeting(s) and event(s) to co-create it.</source>
        <translation>
            <numerusform>Before the plan started, the forum held %n meeting or event to co-create it.</numerusform>
            <numerusform>Before the plan started, the forum held %n meetings and events to co-create it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardsCheck</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) today</source>
        <translation>
            <numerusform>%n member today</numerusform>
            <numerusform>%n members today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum session(s) held</source>
        <translation>
            <numerusform>%n forum session held</numerusform>
            <numerusform>%n forum sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier session(s) not listed</source>
        <translation>
            <numerusform>%n earlier session not listed</numerusform>
            <numerusform>%n earlier sessions not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) the forum went more than six months without a session; the longest gap lasted %1.</source>
        <translation>
            <numerusform>Once the forum went more than six months without a session; the gap lasted %1.</numerusform>
            <numerusform>%n times the forum went more than six months without a session; the longest gap lasted %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The minutes of %n meeting(s) held more than six months ago are not published.</source>
        <translation>
            <numerusform>The minutes of %n meeting held more than six months ago are not published.</numerusform>
            <numerusform>The minutes of %n meetings held more than six months ago are not published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n contribution(s) have a reasoned response.</source>
        <translation>
            <numerusform>The %n contribution has a reasoned response.</numerusform>
            <numerusform>All %n contributions have a reasoned response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) still wait for a reasoned response; the oldest was received on %1.</source>
        <translation>
            <numerusform>%n contribution still waits for a reasoned response; it was received on %1.</numerusform>
            <numerusform>%n contributions still wait for a reasoned response; the oldest was received on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) presented</source>
        <translation>
            <numerusform>%n commitment presented</numerusform>
            <numerusform>%n commitments presented</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n civil-society participant(s)</source>
        <translation>
            <numerusform>%n civil-society participant</numerusform>
            <numerusform>%n civil-society participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more meeting(s) with civil society on implementation results are needed in %1.</source>
        <translation>
            <numerusform>%n more meeting with civil society on implementation results is needed in %1.</numerusform>
            <numerusform>%n more meetings with civil society on implementation results are needed in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, in %n day(s), and not submitted yet.</source>
        <translation>
            <numerusform>Due on %1, in %n day, and not submitted yet.</numerusform>
            <numerusform>Due on %1, in %n days, and not submitted yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Covers %n month(s)</source>
        <translation>
            <numerusform>Covers %n month</numerusform>
            <numerusform>Covers %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan covers %n month(s); OGP asks for at least 20.</source>
        <translation>
            <numerusform>The plan covers %n month; OGP asks for at least 20.</numerusform>
            <numerusform>The plan covers %n months; OGP asks for at least 20.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan covers %n months and ends on 31 August.</source>
        <translation>
            <numerusform>The plan covers %n months and ends on 31 August.</numerusform>
            <numerusform>The plan covers %n months and ends on 31 August.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Commitment %1 (%2): %n gap(s) in the template</source>
        <translation>
            <numerusform>Commitment %1 (%2): %n gap in the template</numerusform>
            <numerusform>Commitment %1 (%2): %n gaps in the template</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n met</numerusform>
            <numerusform>%n met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation>
            <numerusform>%n not met</numerusform>
            <numerusform>%n not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>%n vote(s) counted, but only %1 voting members are present</source>
        <translation>
            <numerusform>%n vote counted, but only %1 voting members are present</numerusform>
            <numerusform>%n votes counted, but only %1 voting members are present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Website</name>
    <message numerus="yes">
        <source>%n public contribution(s) and the forum&apos;s responses</source>
        <translation>
            <numerusform>%n public contribution and the forum&apos;s response</numerusform>
            <numerusform>%n public contributions and the forum&apos;s responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s) on the commitments of %1</source>
        <translation>
            <numerusform>%n progress update on the commitments of %1</numerusform>
            <numerusform>%n progress updates on the commitments of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasoned response(s) to contributions to %1</source>
        <translation>
            <numerusform>%n reasoned response to contributions to %1</numerusform>
            <numerusform>%n reasoned responses to contributions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemsPanel</name>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::AgendaModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::AgendaPanel</name>
    <message numerus="yes">
        <source>%n item(s), %1 min; expected end %2</source>
        <translation>
            <numerusform>%n item, %1 min; expected end %2</numerusform>
            <numerusform>%n items, %1 min; expected end %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::AttendancePanel</name>
    <message numerus="yes">
        <source>%1 of %2 voting members present; %n needed.</source>
        <translation>
            <numerusform>%1 of %2 voting members present; %n needed.</numerusform>
            <numerusform>%1 of %2 voting members present; %n needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::ChartPanel</name>
    <message numerus="yes">
        <source>%1 — %2: %n commitment(s)</source>
        <comment>plan, completion level</comment>
        <translation>
            <numerusform>%1 — %2: %n commitment</numerusform>
            <numerusform>%1 — %2: %n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) due by the end of %1</source>
        <translation>
            <numerusform>%n milestone due by the end of %1</numerusform>
            <numerusform>%n milestones due by the end of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) done by the end of %1</source>
        <translation>
            <numerusform>%n milestone done by the end of %1</numerusform>
            <numerusform>%n milestones done by the end of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) answered with a reasoned response</source>
        <translation>
            <numerusform>%n contribution answered with a reasoned response</numerusform>
            <numerusform>%n contributions answered with a reasoned response</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) incorporated, fully or in part</source>
        <translation>
            <numerusform>%n contribution incorporated, fully or in part</numerusform>
            <numerusform>%n contributions incorporated, fully or in part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribution received</numerusform>
            <numerusform>%n contributions received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::CoCreatePage</name>
    <message numerus="yes">
        <source>Period: %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>Period: %1 to %2 (%n month)</numerusform>
            <numerusform>Period: %1 to %2 (%n months)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::CommitmentsPanel</name>
    <message numerus="yes">
        <source>One or two sentences that say what the commitment will do (at most %n characters)</source>
        <translation>
            <numerusform>One or two sentences that say what the commitment will do (at most %n character)</numerusform>
            <numerusform>One or two sentences that say what the commitment will do (at most %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionsPanel</name>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribution received</numerusform>
            <numerusform>%n contributions received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n answered</numerusform>
            <numerusform>%n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a response</source>
        <translation>
            <numerusform>%n awaiting a response</numerusform>
            <numerusform>%n awaiting a response</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incorporated</source>
        <translation>
            <numerusform>%n incorporated</numerusform>
            <numerusform>%n incorporated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) imported from “%1”.</source>
        <translation>
            <numerusform>%n contribution imported from “%1”.</numerusform>
            <numerusform>%n contributions imported from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::EvaluatePage</name>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred on the IRM&apos;s assessment</source>
        <translation>
            <numerusform>%n starred on the IRM&apos;s assessment</numerusform>
            <numerusform>%n starred on the IRM&apos;s assessment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred on the self-assessment</source>
        <translation>
            <numerusform>%n starred on the self-assessment</numerusform>
            <numerusform>%n starred on the self-assessment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::ImplementPage</name>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, %n overdue</numerusform>
            <numerusform>%1, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) shown</source>
        <translation>
            <numerusform>%n commitment shown</numerusform>
            <numerusform>%n commitments shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with overdue milestones</source>
        <translation>
            <numerusform>; %n with overdue milestones</numerusform>
            <numerusform>; %n with overdue milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>&amp;Import %n Row</numerusform>
            <numerusform>&amp;Import %n Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>%n row to import</numerusform>
            <numerusform>%n rows to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped</source>
        <translation>
            <numerusform>%n row with problems skipped</numerusform>
            <numerusform>%n rows with problems skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) look like spreadsheet formulas (they start with =, +, - or @); they are kept as plain text.</source>
        <translation>
            <numerusform>%n cell looks like a spreadsheet formula (it starts with =, +, - or @); it is kept as plain text.</numerusform>
            <numerusform>%n cells look like spreadsheet formulas (they start with =, +, - or @); they are kept as plain text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::LearnPage</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carried into a later plan</source>
        <translation>
            <numerusform>%n carried into a later plan</numerusform>
            <numerusform>%n carried into a later plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n lesson(s) are among this plan&apos;s co-creation inputs, on the Co-create page.</source>
        <translation>
            <numerusform>This lesson is among this plan&apos;s co-creation inputs, on the Co-create page.</numerusform>
            <numerusform>These %n lessons are among this plan&apos;s co-creation inputs, on the Co-create page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::LiveConsole</name>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min planned</numerusform>
            <numerusform>%n min planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) found in “%1”.</source>
        <translation>
            <numerusform>%n problem found in “%1”.</numerusform>
            <numerusform>%n problems found in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are not settled; nothing was merged</source>
        <translation>
            <numerusform>%n conflict is not settled; nothing was merged</numerusform>
            <numerusform>%n conflicts are not settled; nothing was merged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingsPage</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::MergeReviewDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed the same %n field(s) or record(s) differently: choose what to keep for each.</source>
        <translation>
            <numerusform>Both sides changed the same field or record differently: choose what to keep.</numerusform>
            <numerusform>Both sides changed the same %n fields or records differently: choose what to keep for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to settle.</source>
        <translation>
            <numerusform>%n conflict still to settle.</numerusform>
            <numerusform>%n conflicts still to settle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::MinutesPanel</name>
    <message numerus="yes">
        <source>Speaking time, as timed live: %1 — %n intervention(s); women %2 % of the time.</source>
        <translation>
            <numerusform>Speaking time, as timed live: %1 — %n intervention; women %2 % of the time.</numerusform>
            <numerusform>Speaking time, as timed live: %1 — %n interventions; women %2 % of the time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::PublishWebsiteDialog</name>
    <message numerus="yes">
        <source>The publication of the minutes of %n meeting(s) was recorded.</source>
        <translation>
            <numerusform>The publication of the minutes of %n meeting was recorded.</numerusform>
            <numerusform>The publication of the minutes of %n meetings was recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::StageGateDialog</name>
    <message numerus="yes">
        <source>What %1 needs and the plan still lacks (%n item(s)):</source>
        <translation>
            <numerusform>What %1 needs and the plan still lacks (%n item):</numerusform>
            <numerusform>What %1 needs and the plan still lacks (%n items):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::SyncCopiesBanner</name>
    <message numerus="yes">
        <source>%n conflict copy(ies) of this forum, left by a sync program, are beside it: %1. </source>
        <translation>
            <numerusform>%n conflict copy of this forum, left by a sync program, is beside it: %1. </numerusform>
            <numerusform>%n conflict copies of this forum, left by a sync program, are beside it: %1. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They hold nothing that is not in the forum.</source>
        <translation>
            <numerusform>It holds nothing that is not in the forum.</numerusform>
            <numerusform>They hold nothing that is not in the forum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They may hold work that is not in the forum: merge them to keep it.</source>
        <translation>
            <numerusform>It may hold work that is not in the forum: merge it to keep it.</numerusform>
            <numerusform>They may hold work that is not in the forum: merge them to keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They may hold work that is not in the forum.</source>
        <translation>
            <numerusform>It may hold work that is not in the forum.</numerusform>
            <numerusform>They may hold work that is not in the forum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Identical Aside</source>
        <translation>
            <numerusform>Move %n Identical Copy Aside</numerusform>
            <numerusform>Move %n Identical Copies Aside</numerusform>
        </translation>
    </message>
</context>
</TS>
