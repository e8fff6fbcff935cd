package com.agentusage.domain.period;

import com.agentusage.domain.InvalidParameterException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as the contract writes them: dd/mm/yyyy, and only dates that exist. */
public final class ContractDate {

    // STRICT, because the default SMART resolver quietly turns 31/02 into 29/02.
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ContractDate() {
    }

    public static LocalDate parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameterException(parameter, parameter + " must be a date in dd/mm/yyyy format");
        }
        try {
            return LocalDate.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter,
                    parameter + " must be an existing date in dd/mm/yyyy format, got '" + abbreviate(text) + "'");
        }
    }

    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
