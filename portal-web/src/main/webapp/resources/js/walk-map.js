/*
 * Trygghetsvandring maps, as progressive enhancement: without JavaScript, Leaflet or tiles the route
 * stays a text field "lat,lon;lat,lon" and the finding form keeps its coordinate fields.
 * - #route-map: a click adds a point to the route text (the text stays the truth); "undo" removes the last.
 * - #walk-map: shows a planned walk's route.
 * - #use-position: fills a finding's coordinates from the phone's position.
 */
(function () {
    "use strict";

    var SOLNA = [59.36, 18.0];

    function pointsOf(text) {
        return (text || "").split(";").map(function (pair) {
            var parts = pair.split(",");
            return [parseFloat(parts[0]), parseFloat(parts[1])];
        }).filter(function (p) {
            return p.length === 2 && !isNaN(p[0]) && !isNaN(p[1]);
        });
    }

    function textOf(points) {
        return points.map(function (p) {
            return p[0].toFixed(6) + "," + p[1].toFixed(6);
        }).join(";");
    }

    function mapIn(element) {
        var tiles = element.getAttribute("data-tiles");
        if (typeof L === "undefined" || !tiles) {
            return null;
        }
        element.hidden = false;
        element.setAttribute("role", "application");
        element.setAttribute("aria-label", element.getAttribute("data-label"));
        var map = L.map(element).setView(SOLNA, 15);
        L.tileLayer(tiles, {maxZoom: 19, attribution: "&copy; OpenStreetMap"}).addTo(map);
        return map;
    }

    function enhancePlan(element) {
        var input = document.getElementById(element.getAttribute("data-input"));
        var map = input ? mapIn(element) : null;
        if (!map) {
            return;
        }
        var line = L.polyline([], {color: "#0b5394", weight: 5}).addTo(map);
        function show() {
            line.setLatLngs(pointsOf(input.value));
        }
        map.on("click", function (event) {
            var points = pointsOf(input.value);
            points.push([event.latlng.lat, event.latlng.lng]);
            input.value = textOf(points);
            show();
        });
        input.addEventListener("change", show);
        var undo = document.getElementById("route-undo");
        if (undo) {
            undo.hidden = false;
            undo.addEventListener("click", function () {
                var points = pointsOf(input.value);
                points.pop();
                input.value = textOf(points);
                show();
            });
        }
        show();
    }

    function enhanceWalk(element) {
        var map = mapIn(element);
        var points = pointsOf(element.getAttribute("data-route"));
        if (!map || points.length === 0) {
            return;
        }
        var line = L.polyline(points, {color: "#0b5394", weight: 5}).addTo(map);
        map.fitBounds(line.getBounds(), {padding: [20, 20]});
    }

    function enhancePosition(button) {
        var lat = document.getElementById(button.getAttribute("data-lat"));
        var lon = document.getElementById(button.getAttribute("data-lon"));
        var status = document.getElementById("position-status");
        if (!lat || !lon || !("geolocation" in navigator)) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.geolocation.getCurrentPosition(function (position) {
                lat.value = position.coords.latitude.toFixed(6);
                lon.value = position.coords.longitude.toFixed(6);
                if (status) {
                    status.textContent = "";
                }
            }, function () {
                if (status) {
                    status.textContent = button.getAttribute("data-failed");
                }
            }, {enableHighAccuracy: true, timeout: 10000});
        });
    }

    function init() {
        var plan = document.getElementById("route-map");
        if (plan) {
            enhancePlan(plan);
        }
        var walk = document.getElementById("walk-map");
        if (walk) {
            enhanceWalk(walk);
        }
        var position = document.getElementById("use-position");
        if (position) {
            enhancePosition(position);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
