// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ReportCharts.h"

#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartFactory.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/forum/VocabularyKeys.h"
#include "core/i18n/Translations.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QTranslator>
#include <QXYSeries>

#include <algorithm>

namespace forumdesk {

namespace {

// A translator that answers every text with its English source: for a report in English (or in a
// language without a translation yet) under an interface in another language.
class SourceTexts : public QTranslator {
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

// Charts speak through tr(), in the interface's language; the report speaks the forum's. While
// the charts are drawn, a translator for the forum's language goes in front of the interface's.
// The LanguageChange its coming and going announces is held back: the window would otherwise
// rebuild itself, for nothing, in the middle of an export.
class ForumLanguageScope : public QObject {
public:
    explicit ForumLanguageScope(const QString &language)
    {
        const QString code = language.left(2).toLower();
        if (code.isEmpty() || code == Translations::current())
            return;
        auto own = std::make_unique<QTranslator>();
        if (code != key::Language::English && own->load(QStringLiteral(":/i18n/forumdesk_%1.qm").arg(code)))
            m_translator = std::move(own);
        else
            m_translator = std::make_unique<SourceTexts>();
        QCoreApplication::instance()->installEventFilter(this);
        QCoreApplication::installTranslator(m_translator.get());
    }
    ~ForumLanguageScope() override
    {
        if (!m_translator)
            return;
        QCoreApplication::removeTranslator(m_translator.get());
        QCoreApplication::instance()->removeEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange;
    }

private:
    std::unique_ptr<QTranslator> m_translator;
};

// Whether a chart shows anything but zeros: a chart of no meetings or no contributions says
// nothing the report's text does not.
bool hasData(const QChart &chart)
{
    for (QAbstractSeries *series : chart.series()) {
        if (const auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    if (set->at(i) != 0)
                        return true;
        } else if (const auto *xy = qobject_cast<QXYSeries *>(series)) {
            for (const QPointF &point : xy->points())
                if (point.y() != 0)
                    return true;
        }
    }
    return false;
}

// The chart's size on the page, in pixels at 96 dpi: the text's width; bars laid across (agencies,
// plans) get a line each.
QSize pageSize(const QChart &chart)
{
    const int width = DocumentBuilder::kTextWidth;
    int height = width * 3 / 5;
    for (QAbstractAxis *axis : chart.axes(Qt::Vertical))
        if (const auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            height = std::max(height, 110 + 22 * int(categories->count()));
    return QSize(width, std::min(height, 900));
}

// Draws the chart at `size` and twice as many pixels each way, so that its lines and letters stay
// sharp in print; opaque, with no alpha channel to carry in the files.
QImage draw(QChart &chart, const QSize &size)
{
    QImage image = ChartExport::toImage(chart, size, 2).convertToFormat(QImage::Format_RGB32);
    image.setDevicePixelRatio(2);
    return image;
}

const char kContext[] = "ReportCharts";

const char *description(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Timeline:
        return QT_TRANSLATE_NOOP("ReportCharts", "The plan's progress at the end of each month: the mean of its commitments' progress, each from its milestones.");
    case ChartKind::Milestones:
        return QT_TRANSLATE_NOOP("ReportCharts", "Milestones whose end date has come, and milestones done, month by month.");
    case ChartKind::Agencies:
        return QT_TRANSLATE_NOOP("ReportCharts", "The mean progress of the commitments each agency leads.");
    case ChartKind::Values:
        return QT_TRANSLATE_NOOP("ReportCharts", "The mean progress of the commitments relevant to each OGP value.");
    case ChartKind::Completion:
        return QT_TRANSLATE_NOOP("ReportCharts", "Commitments per completion level in each of the forum's action plans.");
    case ChartKind::Attendance:
        return QT_TRANSLATE_NOOP("ReportCharts", "People present at the plan's meetings, by sector.");
    case ChartKind::CoCreation:
        return QT_TRANSLATE_NOOP("ReportCharts", "Contributions received while the plan was co-created, answered and incorporated.");
    case ChartKind::Speaking:
        return QT_TRANSLATE_NOOP("ReportCharts", "Minutes each sector spoke at the plan's meetings, as timed live.");
    }
    return "";
}

} // namespace

QList<ChartKind> ReportCharts::kinds()
{
    return {ChartKind::Timeline, ChartKind::Milestones, ChartKind::Agencies, ChartKind::Values,
            ChartKind::Completion, ChartKind::Attendance, ChartKind::Speaking, ChartKind::CoCreation};
}

QList<ReportFigure> ReportCharts::render(ForumFile &file, qint64 planId, const QString &language)
{
    const DocumentLanguage lang(language);
    const ForumLanguageScope scope(language);
    QList<ReportFigure> figures;
    for (const ChartKind kind : kinds()) {
        // About one point per 12 pixels of the page's width, as forumdesk-cli chart draws them.
        const auto chart = ChartFactory::create(file, kind, planId, DocumentBuilder::kTextWidth / 12);
        if (!hasData(*chart))
            continue;
        const QString caption = lang.text(kContext, QT_TRANSLATE_NOOP("ReportCharts", "Figure %1. %2. %3"))
                                    .arg(figures.size() + 1)
                                    .arg(ChartFactory::title(kind), lang.text(kContext, description(kind)));
        figures << ReportFigure{caption, draw(*chart, pageSize(*chart))};
    }
    return figures;
}

QList<WebFigure> ReportCharts::renderSvg(ForumFile &file, qint64 planId, const QString &language)
{
    const DocumentLanguage lang(language);
    const ForumLanguageScope scope(language);
    QList<WebFigure> figures;
    for (const ChartKind kind : kinds()) {
        // Drawn small and shown at the page's width: the SVG scales, and its letters with it.
        const auto chart = ChartFactory::create(file, kind, planId, 640 / 12);
        if (!hasData(*chart))
            continue;
        figures << WebFigure{chartKindName(kind), ChartFactory::title(kind), lang.text(kContext, description(kind)),
                             ChartExport::toSvg(*chart, QSize(640, 400))};
    }
    return figures;
}

} // namespace forumdesk
