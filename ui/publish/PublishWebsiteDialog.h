// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace forumdesk {

class ForumDocument;

// File > Publish Website…: the forum's public website (core/publish) written into a folder the
// person chooses, in the forum's language or another, with a progress bar and a way to stop.
// The pages are made and written on a worker thread with a connection of its own; the charts are
// drawn on the window's thread (Qt Charts), which keeps answering meanwhile. Afterwards the
// publication of the minutes the site shows is recorded as one undoable step.
class PublishWebsiteDialog : public QDialog {
    Q_OBJECT

public:
    explicit PublishWebsiteDialog(ForumDocument *document, QWidget *parent = nullptr);
    ~PublishWebsiteDialog() override;

    QString folder() const;
    void setFolder(const QString &folder);
    // Starts publishing, as the Publish button does; returns at once.
    void publish();
    bool isPublishing() const { return m_running; }

signals:
    // Publishing ended: `ok` false when it failed or was stopped; `message` says what happened.
    void finished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void chooseFolder();
    void setRunning(bool running);
    void showProgress(int done, int total);
    void setStatus(const QString &text);
    void growToFit();

    QPointer<ForumDocument> m_document;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_licence = nullptr;
    QLabel *m_note = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_open = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace forumdesk
