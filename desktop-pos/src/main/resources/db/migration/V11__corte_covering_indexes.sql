-- The corte sums a shift's lines and sales. With every summed column in the index, H2 reads the sums from
-- the index alone instead of fetching each row (about 2x faster at 20,000 sales and 100,000 products).
CREATE INDEX sale_line_shift_taxes ON sale_line (shift_id, iva_rate, ieps_percent, base_centavos, ieps_centavos, iva_centavos);
CREATE INDEX sale_shift_totals ON sale (shift_id, total_centavos, change_centavos);
