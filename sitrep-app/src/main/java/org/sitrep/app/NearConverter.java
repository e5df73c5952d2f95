package org.sitrep.app;

import org.sitrep.store.Near;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses LAT,LON,KM for picocli, with a usage error (exit 2) on bad input. */
public final class NearConverter implements ITypeConverter<Near> {
    @Override
    public Near convert(String value) {
        try {
            return Near.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
