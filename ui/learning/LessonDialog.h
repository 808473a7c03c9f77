// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/learning/Lesson.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace forumdesk {

class FieldMessage;
class ForumFile;

// Adds or edits a lesson learned in a plan: about the process or the substance, what was learned
// and what the forum recommends for the next plan.
class LessonDialog : public QDialog {
    Q_OBJECT
public:
    LessonDialog(ForumFile &file, const Lesson &lesson, QWidget *parent = nullptr);

    Lesson lesson() const;
    void accept() override;

    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *recommendationEdit() const { return m_recommendation; }
    QString message() const;

private:
    ForumFile &m_file;
    Lesson m_original;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_recommendation;
    FieldMessage *m_message;
};

} // namespace forumdesk
