// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace forumdesk {

class CommitmentsPanel;
class ContributionsPanel;
class ForumDocument;
class MeetingExport;

// The Co-create stage of the plan chosen in the toolbar: the plan's header (period, stage, due
// and submitted dates, OGP calendar warnings), its public contributions with their reasoned
// responses, its commitments on OGP's template, and the plan draft and response report exports.
class CoCreatePage : public QWidget {
    Q_OBJECT
public:
    enum Tab { ContributionsTab, CommitmentsTab };

    explicit CoCreatePage(ForumDocument *document, QWidget *parent = nullptr);

    ContributionsPanel *contributions() const { return m_contributions; }
    CommitmentsPanel *commitments() const { return m_commitments; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *planHeader() const { return m_header; }
    QLabel *planWarnings() const { return m_warnings; }
    MeetingExport *exporter() const { return m_export; }

public slots:
    void newPlan();
    void editPlan();
    void exportPlanDraft();
    void exportResponses();

private:
    void refreshHeader();

    ForumDocument *m_document;
    QLabel *m_header;
    QLabel *m_warnings;
    QPushButton *m_newPlan;
    QPushButton *m_editPlan;
    QPushButton *m_exportDraft;
    QPushButton *m_exportResponses;
    QTabWidget *m_tabs;
    ContributionsPanel *m_contributions;
    CommitmentsPanel *m_commitments;
    MeetingExport *m_export;
};

} // namespace forumdesk
