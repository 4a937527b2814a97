package mx.michangarrito.shared.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The new state of one cloud-authoritative record (catalog, customers, users, settings), or its removal,
 * as a terminal pulls it. The JSON property {@code kind} names the record; each record is the whole
 * state, so applying the same change twice leaves the terminal as applying it once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ProductState.class, name = ProductState.KIND),
        @JsonSubTypes.Type(value = BarcodeState.class, name = BarcodeState.KIND),
        @JsonSubTypes.Type(value = CategoryState.class, name = CategoryState.KIND),
        @JsonSubTypes.Type(value = CustomerState.class, name = CustomerState.KIND),
        @JsonSubTypes.Type(value = UserState.class, name = UserState.KIND),
        @JsonSubTypes.Type(value = SettingState.class, name = SettingState.KIND),
        @JsonSubTypes.Type(value = Tombstone.class, name = Tombstone.KIND)
})
public sealed interface CloudChange permits ProductState, BarcodeState, CategoryState, CustomerState, UserState,
        SettingState, Tombstone {

    /** The kind of record this change is about ({@code product}, {@code barcode}, ...); a tombstone names the removed kind. */
    @JsonIgnore
    String entity();

    /** The record's key within its kind: an id, a barcode, a setting's name. */
    @JsonIgnore
    String key();
}
