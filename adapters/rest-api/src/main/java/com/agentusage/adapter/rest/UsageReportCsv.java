package com.agentusage.adapter.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The body of usage.csv: the report of usage.json with one row per window, told apart by the first column,
 * {@code window}: {@code aggregate}, {@code previous_interval}, then {@code bucket_1} to {@code bucket_9}. The
 * other columns are the contract's keys in its order, each value written as usage.json writes it.
 */
final class UsageReportCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String WINDOW = "window";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(header()).get();

    private UsageReportCsv() {
    }

    static String render(UsageReportJson report) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            printer.printRecord(row("aggregate", report.aggregateStats()));
            printer.printRecord(row("previous_interval", report.previousIntervalStats()));
            for (int bucket = 0; bucket < report.stats().size(); bucket++) {
                printer.printRecord(row("bucket_" + (bucket + 1), report.stats().get(bucket)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder cannot fail to be written", e);
        }
        return csv.toString();
    }

    private static String[] header() {
        List<String> header = new ArrayList<>();
        header.add(WINDOW);
        header.addAll(WindowStatsJson.keys());
        return header.toArray(String[]::new);
    }

    private static List<String> row(String window, WindowStatsJson stats) {
        List<String> row = new ArrayList<>();
        row.add(window);
        row.addAll(stats.texts());
        return row;
    }
}
