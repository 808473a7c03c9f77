// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace forumdesk {

class ReloadWhenShown;

class CommitmentsPanel;
class ContributionsPanel;
class ForumDocument;
class DocumentExport;

// The Co-create stage of the plan chosen in the toolbar: the plan's header (period, stage, due
// and submitted dates, OGP calendar warnings, the move to the next stage), its co-creation inputs
// (public contributions with their reasoned responses, and the lessons earlier plans carried into
// it), its commitments on OGP's template, and the plan draft and response report exports.
class CoCreatePage : public QWidget {
    Q_OBJECT
public:
    enum Tab { ContributionsTab, LessonsTab, CommitmentsTab };

    explicit CoCreatePage(ForumDocument *document, QWidget *parent = nullptr);

    ContributionsPanel *contributions() const { return m_contributions; }
    CommitmentsPanel *commitments() const { return m_commitments; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *planHeader() const { return m_header; }
    QLabel *planWarnings() const { return m_warnings; }
    // The lessons of earlier plans carried into this one: from plan, kind, lesson, recommendation.
    QTableWidget *carriedLessons() const { return m_lessons; }
    QPushButton *nextStageButton() const { return m_nextStage; }
    DocumentExport *exporter() const { return m_export; }

public slots:
    void newPlan();
    void editPlan();
    void exportPlanDraft();
    void exportResponses();

private:
    // Reloads the lessons now if the page is on show, else once it is shown.
    void refreshLessonsWhenShown();
    void refreshHeader();
    void refreshLessons();

    ForumDocument *m_document;
    QLabel *m_header;
    QLabel *m_warnings;
    QPushButton *m_newPlan;
    QPushButton *m_editPlan;
    QPushButton *m_nextStage;
    QPushButton *m_exportDraft;
    QPushButton *m_exportResponses;
    QTabWidget *m_tabs;
    ContributionsPanel *m_contributions;
    QTableWidget *m_lessons;
    CommitmentsPanel *m_commitments;
    DocumentExport *m_export;
    ReloadWhenShown *m_reload; // the reload, held while the widget is hidden
};

} // namespace forumdesk
