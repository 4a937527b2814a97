package mx.michangarrito.shared.barcode;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The in-store code layouts a shop has configured, in order. A scanned code is read by the first
 * layout whose length and prefix it has; codes that fit none are ordinary product barcodes.
 *
 * @param layouts the layouts, tried in this order
 */
public record VariableMeasureLayouts(List<VariableMeasureLayout> layouts) {

    /**
     * @throws IllegalArgumentException if a layout can never be used because one listed before it has
     *                                  the same length and a prefix its own prefix starts with
     */
    public VariableMeasureLayouts {
        layouts = List.copyOf(layouts);
        for (int later = 1; later < layouts.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (layouts.get(later).isShadowedBy(layouts.get(earlier))) {
                    throw new IllegalArgumentException("Variable-measure layout '" + layouts.get(later)
                            + "' is never used: '" + layouts.get(earlier) + "', listed before it,"
                            + " reads all its codes");
                }
            }
        }
    }

    /**
     * Layouts from their patterns, e.g. {@code of("21IIIIIWWWWWC", "23IIIIIPPPPPC")}; none for a shop
     * that sells no weighed or pre-priced goods.
     *
     * @throws IllegalArgumentException if a pattern is malformed or a layout is never used
     */
    public static VariableMeasureLayouts of(String... patterns) {
        return new VariableMeasureLayouts(Arrays.stream(patterns).map(VariableMeasureLayout::parse).toList());
    }

    /**
     * Reads a scanned code with the first layout whose length and prefix it has.
     *
     * @return empty when no layout fits the code (it is then an ordinary product barcode)
     * @throws InvalidBarcodeException if a layout fits, but the code is not all digits or its check
     *                                 digit is wrong
     */
    public Optional<VariableMeasureReading> resolve(String code) {
        for (VariableMeasureLayout layout : layouts) {
            Optional<VariableMeasureReading> reading = layout.read(code);
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }
}
