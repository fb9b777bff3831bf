/*
 * Suggestions for search boxes, as progressive enhancement: an input with data-suggest="<url>"
 * gets a <datalist> filled from that URL once two characters are typed. Without JavaScript, or
 * when the API does not answer, the box stays an ordinary search field.
 */
(function () {
    "use strict";

    var MIN_LENGTH = 2;
    var MAX_LENGTH = 100;
    var MAX_SUGGESTIONS = 8;
    var DELAY_MS = 250;

    function enhance(input) {
        var url = input.getAttribute("data-suggest");
        if (!url || !input.id) {
            return;
        }
        var list = document.createElement("datalist");
        list.id = input.id + "-suggestions";
        input.parentNode.insertBefore(list, input.nextSibling);
        input.setAttribute("list", list.id);

        var timer = null;
        var inFlight = null;
        var lastAsked = "";

        function show(suggestions) {
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            suggestions.forEach(function (suggestion) {
                var option = document.createElement("option");
                option.value = suggestion;
                list.appendChild(option);
            });
        }

        function ask(typed) {
            if (inFlight) {
                inFlight.abort();
            }
            inFlight = new AbortController();
            fetch(url + "?q=" + encodeURIComponent(typed), {
                headers: {"Accept": "application/json"},
                credentials: "same-origin",
                signal: inFlight.signal
            }).then(function (response) {
                return response.ok ? response.json() : [];
            }).then(function (suggestions) {
                // an answer to an older question would replace the list for what is typed now
                if (Array.isArray(suggestions) && input.value.trim() === typed) {
                    show(suggestions.filter(function (s) {
                        return typeof s === "string";
                    }).slice(0, MAX_SUGGESTIONS));
                }
            }).catch(function () {
                // no suggestions is all a failed or aborted request costs the visitor
            });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            var typed = input.value.trim().slice(0, MAX_LENGTH);
            if (typed.length < MIN_LENGTH) {
                lastAsked = "";
                show([]);
                return;
            }
            if (typed === lastAsked) {
                return;
            }
            timer = window.setTimeout(function () {
                lastAsked = typed;
                ask(typed);
            }, DELAY_MS);
        });
    }

    function enhanceAll() {
        Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), enhance);
    }

    if (!window.fetch || !window.AbortController || !("options" in document.createElement("datalist"))) {
        return;
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", enhanceAll);
    } else {
        enhanceAll();
    }
})();
