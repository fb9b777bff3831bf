/*
 * The staff editor's area map, as progressive enhancement: the text field with one corner per line
 * ("latitude, longitude") stays the truth and works without JavaScript. Each click on the map adds a
 * corner to the field; the polygon follows what the field says.
 */
(function () {
    "use strict";

    function cornersOf(text) {
        return (text || "").split(/[;\n]+/).map(function (line) {
            var numbers = line.trim().split(/\s*,\s*|\s+/);
            return numbers.length === 2 ? [parseFloat(numbers[0]), parseFloat(numbers[1])] : null;
        }).filter(function (corner) {
            return corner && !isNaN(corner[0]) && !isNaN(corner[1]);
        });
    }

    function enhance(element) {
        var field = document.getElementById(element.getAttribute("data-area"));
        var tiles = element.getAttribute("data-tiles");
        var box = (element.getAttribute("data-bounds") || "").split(",").map(parseFloat);
        if (typeof L === "undefined" || !field || !tiles || box.length !== 4) {
            return;
        }
        element.hidden = false;
        element.setAttribute("role", "application");
        element.setAttribute("aria-label", element.getAttribute("data-label"));
        var map = L.map(element).fitBounds([[box[0], box[1]], [box[2], box[3]]]);
        L.tileLayer(tiles, {maxZoom: 19, attribution: "&copy; OpenStreetMap"}).addTo(map);
        var polygon = L.polygon([], {color: "#1a4d8f"}).addTo(map);

        function show() {
            var corners = cornersOf(field.value);
            polygon.setLatLngs(corners);
            if (corners.length >= 3) {
                map.fitBounds(polygon.getBounds(), {maxZoom: 17});
            }
        }

        map.on("click", function (event) {
            var line = event.latlng.lat.toFixed(6) + ", " + event.latlng.lng.toFixed(6);
            field.value = field.value.trim() ? field.value.trim() + "\n" + line : line;
            polygon.setLatLngs(cornersOf(field.value));
        });
        var undo = document.createElement("button");
        undo.type = "button";
        undo.className = "button secondary";
        undo.textContent = element.getAttribute("data-undo");
        undo.addEventListener("click", function () {
            var lines = field.value.trim().split("\n");
            lines.pop();
            field.value = lines.join("\n");
            polygon.setLatLngs(cornersOf(field.value));
        });
        element.parentNode.insertBefore(undo, field);
        field.addEventListener("change", show);
        show();
    }

    document.querySelectorAll("[data-area]").forEach(enhance);
}());
