// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/EvaluationTableModel.h"
#include "ui/widgets/Colours.h"

#include <QColor>
#include <QFont>

namespace forumdesk {

namespace {
const QString dash = QStringLiteral("—");
}

EvaluationTableModel::EvaluationTableModel(ForumFile &file, QObject *parent)
    : QAbstractTableModel(parent), m_file(file)
{
}

void EvaluationTableModel::setPlan(qint64 planId)
{
    m_planId = planId;
    reload();
}

void EvaluationTableModel::reload()
{
    beginResetModel();
    m_rows = m_planId > 0 ? AssessmentRating::forPlan(m_file, m_planId) : QList<CommitmentEvaluation>();
    endResetModel();
}

int EvaluationTableModel::rowOf(qint64 commitmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).commitmentId == commitmentId)
            return row;
    }
    return -1;
}

int EvaluationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvaluationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvaluationTableModel::scaleText(const std::optional<Assessment> &a, QString Assessment::*scale,
                                        Vocabulary::List list)
{
    if (!a || ((*a).*scale).isEmpty())
        return dash;
    return Vocabulary::label(list, (*a).*scale);
}

QString EvaluationTableModel::potentialText(const std::optional<Assessment> &a)
{
    if (!a)
        return dash;
    if (!a->potentialResults.isEmpty())
        return Vocabulary::label(Vocabulary::List::PotentialResults, a->potentialResults);
    if (!a->potentialImpact.isEmpty())
        return tr("%1 impact").arg(Vocabulary::label(Vocabulary::List::PotentialImpact, a->potentialImpact));
    return dash;
}

QString EvaluationTableModel::starredText(const CommitmentEvaluation &c)
{
    const Assessment *deciding = c.deciding();
    if (!deciding)
        return tr("Not assessed yet");
    return AssessmentRating::isStarred(*deciding) ? tr("★ Starred") : tr("Not starred");
}

QString EvaluationTableModel::starredReason(const CommitmentEvaluation &c)
{
    const Assessment *deciding = c.deciding();
    if (!deciding)
        return tr("Neither the forum nor the IRM has assessed this commitment yet.");
    const QString source = c.irm ? tr("On the IRM's assessment") : tr("On the self-assessment (the IRM's is not in yet)");
    if (AssessmentRating::isStarred(*deciding))
        return tr("%1: verifiable, relevant to an OGP value, with strong potential, and substantially or fully complete.")
            .arg(source);
    return tr("%1: %2.").arg(source, AssessmentRating::missingTexts(*deciding).join(QStringLiteral("; ")));
}

QVariant EvaluationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommitmentEvaluation &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.commitmentId;
    if (role == StarredRole) {
        const Assessment *deciding = c.deciding();
        return deciding && AssessmentRating::isStarred(*deciding);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return c.number;
        case Title: return c.title;
        case SelfCompletion: return scaleText(c.self, &Assessment::completion, Vocabulary::List::Completion);
        case SelfPotential: return potentialText(c.self);
        case SelfOpened: return scaleText(c.self, &Assessment::openedGovernment, Vocabulary::List::OpenedGovernment);
        case IrmCompletion: return scaleText(c.irm, &Assessment::completion, Vocabulary::List::Completion);
        case IrmPotential: return potentialText(c.irm);
        case IrmOpened: return scaleText(c.irm, &Assessment::openedGovernment, Vocabulary::List::OpenedGovernment);
        case Starred: return starredText(c);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Title: return c.leadAgency.isEmpty() ? c.title : tr("%1\nLead agency: %2").arg(c.title, c.leadAgency);
        case SelfPotential:
        case IrmPotential: {
            const std::optional<Assessment> &a = index.column() == SelfPotential ? c.self : c.irm;
            if (!a)
                return {};
            return tr("Potential for results: %1\nPotential impact: %2")
                .arg(scaleText(a, &Assessment::potentialResults, Vocabulary::List::PotentialResults),
                     scaleText(a, &Assessment::potentialImpact, Vocabulary::List::PotentialImpact));
        }
        case Starred: return starredReason(c);
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Starred && data(index, StarredRole).toBool()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Starred && data(index, StarredRole).toBool())
            return colours::text(colours::Tone::Caution);
        if (index.column() >= SelfCompletion && index.column() <= IrmOpened && data(index).toString() == dash)
            return colours::text(colours::Tone::Muted);
    }
    return {};
}

QVariant EvaluationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Number: return tr("No.");
        case Title: return tr("Commitment");
        case SelfCompletion: return tr("Self:\ncompletion");
        case SelfPotential: return tr("Self:\npotential");
        case SelfOpened: return tr("Self: opened\ngovernment?");
        case IrmCompletion: return tr("IRM:\ncompletion");
        case IrmPotential: return tr("IRM:\npotential");
        case IrmOpened: return tr("IRM: opened\ngovernment?");
        case Starred: return tr("Starred");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SelfCompletion:
        case SelfPotential:
        case SelfOpened: return tr("The forum's self-assessment");
        case IrmCompletion:
        case IrmPotential:
        case IrmOpened: return tr("The Independent Reporting Mechanism's assessment");
        case Starred: return tr("Verifiable, relevant, strong potential and substantial or complete: on the IRM's "
                                "assessment, or the self-assessment until the IRM's is in");
        }
    }
    return {};
}

} // namespace forumdesk
