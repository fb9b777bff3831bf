/*
 * The lägesbild's map, as progressive enhancement: without JavaScript, Leaflet or tiles the page keeps
 * its tables (counts per district and the densest places). With them, every filtered report is a
 * translucent circle: where circles pile up, the colour darkens, which shows the density.
 */
(function () {
    "use strict";

    var SOLNA = [59.368, 18.005];

    function draw(map, collection) {
        var bounds = [];
        collection.features.forEach(function (feature) {
            if (!feature.geometry) {
                return;
            }
            var lat = feature.geometry.coordinates[1];
            var lon = feature.geometry.coordinates[0];
            bounds.push([lat, lon]);
            L.circleMarker([lat, lon], {radius: 7, stroke: false, fillColor: "#b3261e", fillOpacity: 0.25})
                .bindTooltip(feature.properties.reference + " " + feature.properties.categoryName + ", "
                    + feature.properties.place)
                .addTo(map);
        });
        if (bounds.length > 0) {
            map.fitBounds(bounds, {maxZoom: 16, padding: [20, 20]});
        }
    }

    function enhance(element) {
        var tiles = element.getAttribute("data-tiles");
        var source = element.getAttribute("data-geojson");
        if (typeof L === "undefined" || !tiles || !source || !window.fetch) {
            return;
        }
        element.hidden = false;
        element.setAttribute("role", "region");
        element.setAttribute("aria-label", element.getAttribute("data-label"));
        var map = L.map(element).setView(SOLNA, 13);
        L.tileLayer(tiles, {maxZoom: 19, attribution: "&copy; OpenStreetMap"}).addTo(map);
        fetch(source, {credentials: "same-origin", headers: {"Accept": "application/geo+json"}})
            .then(function (response) {
                return response.ok ? response.json() : {features: []};
            })
            .then(function (collection) {
                draw(map, collection);
            })
            .catch(function () {
                element.hidden = true;
            });
    }

    function init() {
        var map = document.getElementById("lagesbild-map");
        if (map) {
            enhance(map);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
