// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace forumdesk {

class ReloadWhenShown;

class ForumDocument;

// The Learn stage of the plan chosen in the toolbar: the lessons learned in it (about the process
// or the substance, with a recommendation), each of which can be carried into a later plan, where
// it joins that plan's co-creation inputs; the lessons earlier plans carried into this one; and the
// reference library of practices along OGP's five frontiers, with the commitments that cite each.
class LearnPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { LessonsTab, PracticesTab };
    enum LessonColumn { KindColumn, TextColumn, RecommendationColumn, CarriedColumn };
    enum CarriedInColumn { FromPlanColumn, CarriedKindColumn, CarriedTextColumn, CarriedRecommendationColumn };

    explicit LearnPage(ForumDocument *document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *planHeader() const { return m_header; }
    QTableWidget *lessonsTable() const { return m_lessons; }
    QTableWidget *carriedInTable() const { return m_carriedIn; }
    QTreeWidget *practicesTree() const { return m_practices; }
    QLabel *practiceSummary() const { return m_summary; }
    QListWidget *citingList() const { return m_citing; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *carryButton() const { return m_carry; }
    QPushButton *nextStageButton() const { return m_nextStage; }

    qint64 selectedLessonId() const;
    void selectLesson(qint64 id);
    // Chooses a practice of the library by its key.
    void selectPractice(const QString &key);

public slots:
    void refresh();
    void addLesson();
    void editLesson();
    void removeLesson();
    void carryLesson();

private:
    // Reloads now if the page is on show, else once it is shown.
    void refreshWhenShown();
    QWidget *makeLessonsTab();
    QWidget *makePracticesTab();
    void refreshHeader();
    void refreshLessons();
    void refreshPractices();
    void showPractice();
    void updateButtons();

    ForumDocument *m_document;
    QLabel *m_header;
    QPushButton *m_nextStage;
    QTabWidget *m_tabs;
    QTableWidget *m_lessons;
    QLabel *m_lessonCount;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_carry;
    QTableWidget *m_carriedIn;
    QLabel *m_carriedCount;
    QTreeWidget *m_practices;
    QLabel *m_practiceTitle;
    QLabel *m_summary;
    QListWidget *m_citing;
    ReloadWhenShown *m_reload; // the reload, held while the widget is hidden
};

} // namespace forumdesk
