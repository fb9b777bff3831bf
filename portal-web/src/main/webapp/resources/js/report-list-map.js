/*
 * The public report list's map, as progressive enhancement: without JavaScript, Leaflet or tiles the
 * list works as before. With them, the filtered public reports with a position are markers; each
 * marker links to the report in the list. Points come from /api/reports/map (no personal data).
 */
(function () {
    "use strict";

    var SOLNA = [59.368, 18.005];

    function text(value) {
        var span = document.createElement("span");
        span.textContent = value;
        return span.innerHTML;
    }

    function draw(map, collection, link) {
        var bounds = [];
        collection.features.forEach(function (feature) {
            var lat = feature.geometry.coordinates[1];
            var lon = feature.geometry.coordinates[0];
            var p = feature.properties;
            bounds.push([lat, lon]);
            L.circleMarker([lat, lon], {radius: 8, color: "#1d4f91", weight: 2, fillColor: "#1d4f91", fillOpacity: 0.4})
                .bindPopup("<a href=\"" + link + encodeURIComponent(p.reference) + "\">" + text(p.reference) + "</a><br>"
                    + text(p.categoryName) + ", " + text(p.place))
                .addTo(map);
        });
        if (bounds.length > 0) {
            map.fitBounds(bounds, {maxZoom: 16, padding: [20, 20]});
        }
    }

    function enhance(element) {
        var tiles = element.getAttribute("data-tiles");
        var source = element.getAttribute("data-points");
        if (typeof L === "undefined" || !tiles || !source || !window.fetch) {
            return;
        }
        element.hidden = false;
        element.setAttribute("role", "region");
        element.setAttribute("aria-label", element.getAttribute("data-label"));
        var map = L.map(element).setView(SOLNA, 13);
        L.tileLayer(tiles, {maxZoom: 19, attribution: "&copy; OpenStreetMap"}).addTo(map);
        fetch(source, {headers: {"Accept": "application/geo+json"}})
            .then(function (response) {
                return response.ok ? response.json() : {features: []};
            })
            .then(function (collection) {
                draw(map, collection, element.getAttribute("data-link"));
            })
            .catch(function () {
                element.hidden = true;
            });
    }

    function init() {
        var element = document.getElementById("report-list-map");
        if (element) {
            enhance(element);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
