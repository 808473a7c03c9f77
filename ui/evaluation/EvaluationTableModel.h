// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/AssessmentRating.h"
#include "core/forum/Vocabulary.h"

#include <QAbstractTableModel>
#include <QList>

namespace forumdesk {

class ForumFile;

// The commitments of a plan in plan order, each with its self-assessment and the IRM's side by
// side (completion, potential, "Did it open government?") and whether it is starred, with why
// not. Not lazy, unlike the contributions: a plan has tens of commitments, read with their
// assessments in one query (AssessmentRating::forPlan), and the page's counts need every row.
class EvaluationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number, Title, SelfCompletion, SelfPotential, SelfOpened, IrmCompletion, IrmPotential, IrmOpened, Starred,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, StarredRole };

    explicit EvaluationTableModel(ForumFile &file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 planId() const { return m_planId; }
    // Reads the plan's commitments and assessments again (after an edit or undo).
    void setPlan(qint64 planId);
    void reload();
    const QList<CommitmentEvaluation> &commitments() const { return m_rows; }
    CommitmentEvaluation commitment(int row) const { return m_rows.value(row); }
    int rowOf(qint64 commitmentId) const;

    // What a row shows: a scale's label, "—" when it is not assessed.
    static QString scaleText(const std::optional<Assessment> &a, QString Assessment::*scale, Vocabulary::List list);
    // Potential for results, or the older potential impact when only that was given.
    static QString potentialText(const std::optional<Assessment> &a);
    // "★ Starred", "Not starred" or "Not assessed yet", and the sentence that says why.
    static QString starredText(const CommitmentEvaluation &c);
    static QString starredReason(const CommitmentEvaluation &c);

private:
    ForumFile &m_file;
    qint64 m_planId = 0;
    QList<CommitmentEvaluation> m_rows;
};

} // namespace forumdesk
