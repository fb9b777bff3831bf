package se.tryggstad.portal.report.domain;

import se.tryggstad.portal.shared.domain.GeoPoint;

import java.util.List;
import java.util.Optional;

/**
 * The city's districts, in the order of their file; a point on a shared border belongs to the first.
 *
 * @param approximate true when the file says its borders are approximate (demo data)
 * @param note        what the file says about itself, shown to staff next to the figures
 */
public record DistrictMap(List<District> districts, boolean approximate, String note) {

    public DistrictMap {
        districts = List.copyOf(districts);
        note = note == null ? "" : note;
    }

    public Optional<District> districtOf(GeoPoint point) {
        if (point == null) {
            return Optional.empty();
        }
        return districts.stream().filter(district -> district.contains(point)).findFirst();
    }

    public Optional<District> byCode(String code) {
        return districts.stream().filter(district -> district.code().equals(code)).findFirst();
    }
}
