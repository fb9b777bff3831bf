/*
 * The report form's map and "use my position", as progressive enhancement: without JavaScript, or
 * without Leaflet or tiles, the form keeps its place text and coordinate fields. A click on the map
 * (or the position from the phone) fills the latitude and longitude fields, which stay the truth.
 */
(function () {
    "use strict";

    var SOLNA = [59.37, 18.005];

    function field(id) {
        return document.getElementById(id);
    }

    function fill(latInput, lonInput, lat, lon) {
        latInput.value = lat.toFixed(6);
        lonInput.value = lon.toFixed(6);
        latInput.dispatchEvent(new Event("change"));
    }

    function enhancePosition(button) {
        var latInput = field(button.getAttribute("data-lat"));
        var lonInput = field(button.getAttribute("data-lon"));
        var status = document.getElementById("position-status");
        if (!latInput || !lonInput || !("geolocation" in navigator)) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.geolocation.getCurrentPosition(function (position) {
                fill(latInput, lonInput, position.coords.latitude, position.coords.longitude);
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

    function enhanceMap(element) {
        var tiles = element.getAttribute("data-tiles");
        var latInput = field(element.getAttribute("data-lat"));
        var lonInput = field(element.getAttribute("data-lon"));
        if (typeof L === "undefined" || !tiles || !latInput || !lonInput) {
            return;
        }
        element.hidden = false;
        element.setAttribute("role", "application");
        element.setAttribute("aria-label", element.getAttribute("data-label"));
        var map = L.map(element).setView(SOLNA, 13);
        L.tileLayer(tiles, {maxZoom: 19, attribution: "&copy; OpenStreetMap"}).addTo(map);
        var marker = null;
        function show() {
            var lat = parseFloat((latInput.value || "").replace(",", "."));
            var lon = parseFloat((lonInput.value || "").replace(",", "."));
            if (isNaN(lat) || isNaN(lon)) {
                return;
            }
            if (marker) {
                marker.setLatLng([lat, lon]);
            } else {
                marker = L.marker([lat, lon]).addTo(map);
            }
            map.setView([lat, lon], Math.max(map.getZoom(), 16));
        }
        map.on("click", function (event) {
            fill(latInput, lonInput, event.latlng.lat, event.latlng.lng);
        });
        latInput.addEventListener("change", show);
        lonInput.addEventListener("change", show);
        show();
    }

    function init() {
        var button = document.getElementById("use-position");
        if (button) {
            enhancePosition(button);
        }
        var map = document.getElementById("report-map");
        if (map) {
            enhanceMap(map);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
