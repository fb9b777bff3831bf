/*
 * Quick exit on support pages (docs/adr/0006). The button and the Escape key, pressed once, replace the
 * page with a neutral site: location.replace, so the support page is not left in the tab's back history.
 * Links between support pages also replace the current entry (data-in-section), and so does the
 * language switch, so that at most one support page is ever in the history, and quick exit removes that one.
 */
(function () {
    'use strict';
    var exit = document.getElementById('quick-exit');
    if (!exit) {
        return;
    }
    var neutralSite = exit.getAttribute('href');

    function leave(event) {
        if (event) {
            event.preventDefault();
        }
        document.body.style.visibility = 'hidden';
        document.title = '';
        window.location.replace(neutralSite);
    }

    exit.addEventListener('click', leave);
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' || event.key === 'Esc') {
            leave(event);
        }
    });

    var links = document.querySelectorAll('a[data-in-section]');
    Array.prototype.forEach.call(links, function (link) {
        link.addEventListener('click', function (event) {
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                return;
            }
            event.preventDefault();
            window.location.replace(link.href);
        });
    });

    var languageForm = document.getElementById('language');
    if (languageForm && window.fetch && window.FormData && window.URLSearchParams) {
        languageForm.addEventListener('submit', function (event) {
            if (!event.submitter) {
                return;
            }
            event.preventDefault();
            var fields = new URLSearchParams(new FormData(languageForm));
            fields.append(event.submitter.name, event.submitter.value);
            window.fetch(languageForm.action, {method: 'POST', body: fields, credentials: 'same-origin', redirect: 'manual'})
                .then(function () {
                    window.location.replace(window.location.href);
                }, function () {
                    languageForm.submit();
                });
        });
    }
}());
