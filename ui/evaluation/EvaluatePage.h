// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace forumdesk {

class ReloadWhenShown;

class EvaluationTableModel;
class ForumDocument;
class DocumentExport;

// The Evaluate stage of the plan chosen in the toolbar: its commitments with the forum's
// self-assessment and the IRM's side by side and whether each is starred (and why not); the counts
// of the plan (assessed, starred, by completion); both assessments of the chosen commitment on every
// IRM scale, each edited in a dialog; and the end-of-term self-assessment report.
class EvaluatePage : public QWidget {
    Q_OBJECT
public:
    enum class Source { Self, Irm };

    explicit EvaluatePage(ForumDocument *document, QWidget *parent = nullptr);

    QTableView *commitmentsView() const { return m_view; }
    EvaluationTableModel *model() const { return m_model; }
    QLabel *planHeader() const { return m_header; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *starredLabel() const { return m_starred; }
    // The chosen commitment's assessment by that source as shown, one line per scale.
    QStringList shownScales(Source source) const;
    QPushButton *assessButton(Source source) const;
    QPushButton *exportButton() const { return m_export; }
    QPushButton *nextStageButton() const { return m_nextStage; }
    DocumentExport *exporter() const { return m_exporter; }

    qint64 selectedCommitmentId() const;
    void selectCommitment(qint64 id);

public slots:
    void refresh();
    // Opens the assessment dialog of the chosen commitment for that source.
    void assess(Source source);
    void exportReport();

private:
    // Reloads now if the page is on show, else once it is shown.
    void refreshWhenShown();
    // One source's assessment of the chosen commitment, every scale in a line.
    struct SourceBox {
        QGroupBox *box = nullptr;
        QWidget *scales = nullptr;   // the scales, when there is an assessment
        QLabel *none = nullptr;      // what to do, when there is none
        QList<QLabel *> values;
        QPushButton *assess = nullptr;
    };
    SourceBox makeSourceBox(Source source);
    void refreshHeader();
    void showDetails();

    ForumDocument *m_document;
    EvaluationTableModel *m_model;
    QLabel *m_header;
    QPushButton *m_nextStage;
    QLabel *m_counts;
    QTableView *m_view;
    QLabel *m_starred;
    SourceBox m_self;
    SourceBox m_irm;
    QPushButton *m_export;
    DocumentExport *m_exporter;
    ReloadWhenShown *m_reload; // the reload, held while the widget is hidden
};

} // namespace forumdesk
