;;; tactful.el --- Check informational-interview e-mails with tactful and Eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: mail, convenience

;; This file is not part of GNU Emacs.

;;; Commentary:

;; Registers `tactful lsp' as the Eglot server for mail buffers
;; (`message-mode', `mail-mode' and modes derived from them), and, if
;; asked, for `text-mode' and `markdown-mode'.  Findings appear through
;; Flymake, explanations through ElDoc, fixes through
;; `eglot-code-actions'.
;;
;;   (require 'tactful)
;;   (tactful-setup)
;;
;; Emacs 29 and later ship Eglot.  On Emacs 28 (Debian 12) install it
;; first: `apt install elpa-eglot', or M-x package-install RET eglot.
;;
;; See README.md beside this file for the options and for mutt, neomutt
;; and aerc.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'flymake)
(require 'jsonrpc)
(require 'project)
(require 'subr-x)
(require 'thingatpt)

(defgroup tactful nil
  "Check informational-interview e-mails with the tactful language server."
  :group 'mail
  :prefix "tactful-")

(defcustom tactful-program "tactful"
  "The tactful program, run as PROGRAM lsp.
A bare name is looked up on the variable `exec-path'."
  :type 'string)

(defcustom tactful-config nil
  "A .tactful.yaml to use for every message, or nil.
With nil the server uses the nearest .tactful.yaml above each file.
A relative name is expanded from the buffer's folder; ~ works."
  :type '(choice (const :tag "Nearest .tactful.yaml" nil) file)
  :safe (lambda (v) (or (null v) (stringp v))))

(defcustom tactful-kind "auto"
  "Which kind of message is being written."
  :type '(choice (const "auto") (const "outreach")
                 (const "follow-up") (const "thank-you"))
  :safe (lambda (v) (member v '("auto" "outreach" "follow-up" "thank-you"))))

(defcustom tactful-text-modes nil
  "Non-mail modes to check as well; opt in with `text-mode', `markdown-mode'.
Mail modes (`message-mode', `mail-mode' and their derivatives such as
`notmuch-message-mode') are always checked once `tactful-setup' runs.
Set this before calling `tactful-setup'."
  :type '(set (const text-mode) (const markdown-mode) (const gfm-mode)))

(defcustom tactful-mail-files t
  "Non-nil: `tactful-setup' opens mail files in `message-mode'.
That is *.eml and the temporary files of mutt (mutt-*), neomutt
\(neomutt-*) and aerc (aerc-compose-*.eml), which Emacs otherwise opens
in `fundamental-mode'."
  :type 'boolean)

(defconst tactful--kinds '("auto" "outreach" "follow-up" "thank-you"))

(defconst tactful--mail-modes '(message-mode mail-mode))

(defconst tactful--file-patterns
  '("\\.eml\\'"
    "/\\(?:neo\\)?mutt-[^/]*-[0-9]+-[0-9]+[^/]*\\'")
  "File names that `tactful-mail-files' sends to `message-mode'.")

(defclass tactful-eglot-server (eglot-lsp-server) ()
  :documentation "An Eglot connection to `tactful lsp'.")

(defun tactful--settings ()
  "The settings the server takes, as a plist; an unset config is left out."
  (append (when (and (stringp tactful-config) (not (string-empty-p tactful-config)))
            (list :config (expand-file-name tactful-config)))
          (list :kind (or tactful-kind "auto"))))

(cl-defmethod eglot-initialization-options ((_server tactful-eglot-server))
  "Send tactful's settings as initializationOptions."
  (tactful--settings))

(defun tactful--contact (&optional _interactive)
  "Return how Eglot should start the server (read at each start)."
  (list 'tactful-eglot-server tactful-program "lsp"))

(defun tactful--send-settings (server)
  "Tell SERVER the current settings."
  (jsonrpc-notify server :workspace/didChangeConfiguration
                  (list :settings (list :tactful (tactful--settings)))))

(defun tactful--on-connect (server)
  "Send tactful's settings to SERVER after Eglot's own configuration message."
  (when (cl-typep server 'tactful-eglot-server)
    (tactful--send-settings server)))

(defvar eglot--servers-by-project)

(defun tactful--servers ()
  "Every running tactful server (the current buffer's if none is known)."
  (let ((found '()))
    (when (boundp 'eglot--servers-by-project)
      (maphash (lambda (_project servers)
                 (dolist (s servers)
                   (when (cl-typep s 'tactful-eglot-server) (push s found))))
               eglot--servers-by-project))
    (let ((current (eglot-current-server)))
      (when (and current (cl-typep current 'tactful-eglot-server))
        (cl-pushnew current found)))
    found))

(defun tactful--server-or-lose ()
  "The tactful server of this buffer, or an error."
  (let ((server (eglot-current-server)))
    (unless (and server (cl-typep server 'tactful-eglot-server))
      (user-error "No tactful server manages this buffer"))
    server))

(defun tactful--modes ()
  "Every major mode tactful is started for."
  (append tactful--mail-modes tactful-text-modes))

(defun tactful--project-find (dir)
  "For Eglot in tactful's modes, the nearest folder above DIR with .tactful.yaml."
  (when (and (bound-and-true-p eglot-lsp-context)
             (apply #'derived-mode-p (tactful--modes)))
    (let ((root (locate-dominating-file dir ".tactful.yaml")))
      (when root
        (cons 'transient (expand-file-name root))))))

(defvar tactful--warned-missing nil)

(defun tactful--maybe-start ()
  "Start Eglot with tactful in a file buffer of one of tactful's modes."
  (when (and buffer-file-name
             (apply #'derived-mode-p (tactful--modes))
             ;; text-mode-hook also runs for Org, Markdown and the rest:
             ;; for a non-mail mode take only the exact modes asked for.
             (or (apply #'derived-mode-p tactful--mail-modes)
                 (memq major-mode tactful-text-modes)))
    (if (or (file-name-absolute-p tactful-program)
            (executable-find tactful-program))
        (eglot-ensure)
      (unless tactful--warned-missing
        (setq tactful--warned-missing t)
        (display-warning 'tactful
                         (format "`%s' not found; set `tactful-program'"
                                 tactful-program))))))

;;;###autoload
(defun tactful-setup ()
  "Register tactful with Eglot and start it in mail buffers.
Also in the modes of `tactful-text-modes'.  Safe to call again after
changing that option."
  (interactive)
  ;; Mail first, so that a mail mode never falls to the text-mode entry.
  (when (memq 'text-mode tactful-text-modes)
    ;; At the end: only text modes that no other server claims.
    (add-to-list 'eglot-server-programs
                 '((text-mode :language-id "plaintext") . tactful--contact) t))
  (let ((markdown (cl-intersection '(markdown-mode gfm-mode) tactful-text-modes)))
    (when markdown
      (add-to-list 'eglot-server-programs
                   (cons (mapcar (lambda (m) (list m :language-id "markdown")) markdown)
                         #'tactful--contact))))
  (add-to-list 'eglot-server-programs
               '(((message-mode :language-id "mail") (mail-mode :language-id "mail"))
                 . tactful--contact))
  (add-hook 'eglot-connect-hook #'tactful--on-connect t)
  (add-hook 'project-find-functions #'tactful--project-find)
  (dolist (mode (tactful--modes))
    (add-hook (intern (format "%s-hook" mode)) #'tactful--maybe-start))
  (when tactful-mail-files
    (dolist (pattern tactful--file-patterns)
      (add-to-list 'auto-mode-alist (cons pattern 'message-mode)))))

;;;###autoload
(defun tactful-set-kind (kind)
  "Tell tactful which KIND of message you are writing."
  (interactive
   (list (completing-read "Kind of message: " tactful--kinds nil t nil nil
                          tactful-kind)))
  (unless (member kind tactful--kinds)
    (user-error "Kind must be one of %s" (string-join tactful--kinds ", ")))
  (setq tactful-kind kind)
  (mapc #'tactful--send-settings (tactful--servers))
  (message "tactful: kind is now %s" kind))

(defun tactful--execute (command argument)
  "Ask this buffer's server to run COMMAND with ARGUMENT."
  (jsonrpc-request (tactful--server-or-lose) :workspace/executeCommand
                   (list :command command :arguments (vector argument))))

;;;###autoload
(defun tactful-add-word (word)
  "Add WORD (by default the one at point) to tactful's dictionary."
  (interactive
   (let ((here (thing-at-point 'word t)))
     (list (read-string (if here (format "Add word (default %s): " here) "Add word: ")
                        nil nil here))))
  (when (string-empty-p word)
    (user-error "No word given"))
  (tactful--execute "tactful.addWord" (list :word word))
  (message "tactful: added %s" word))

(defun tactful--diagnostic-rule (diag)
  "The rule id of Flymake diagnostic DIAG if tactful reported it, else nil."
  (let* ((data (flymake-diagnostic-data diag))
         (lsp (and (listp data) (cdr (assq 'eglot-lsp-diag data)))))
    (cond
     ((and lsp (equal (plist-get lsp :source) "tactful") (plist-get lsp :code))
      (format "%s" (plist-get lsp :code)))
     ;; Eglot writes the text as "SOURCE [CODE]: MESSAGE".
     ((string-match "\\`tactful \\[\\([^]]+\\)\\]" (flymake-diagnostic-text diag))
      (match-string 1 (flymake-diagnostic-text diag))))))

(defun tactful--rule-at-point ()
  "The rule of a tactful finding at point, else on this line."
  (or (cl-some #'tactful--diagnostic-rule (flymake-diagnostics (point)))
      (cl-some #'tactful--diagnostic-rule
               (flymake-diagnostics (line-beginning-position) (line-end-position)))))

;;;###autoload
(defun tactful-disable-rule (rule)
  "Turn off RULE (by default the rule of the finding at point)."
  (interactive
   (let ((here (tactful--rule-at-point)))
     (list (read-string (if here (format "Turn off rule (default %s): " here)
                          "Turn off rule: ")
                        nil nil here))))
  (when (or (null rule) (string-empty-p rule))
    (user-error "No rule given"))
  (tactful--execute "tactful.disableRule" (list :rule rule))
  (message "tactful: turned off %s" rule))

(provide 'tactful)
;;; tactful.el ends here
