package com.agentusage.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class UsageReportCsvTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void givenTheContractExample_whenWrittenAsCsv_thenAHeaderAndOneRowPerWindowInTheJsonsOrder() {
        String csv = UsageReportCsv.render(ContractExample.response());

        assertThat(csv.split("\r\n")).hasSize(12).startsWith(
                "window,start_time,end_time,session_count,messages_count,unhandled_messages_count,"
                        + "successful_responses_count,ambiguous_messages_count,interventions_count,success_rate_count,success_rate",
                "aggregate,1586502000,1586847599,8123,50138,2297,45736,2105,0,47633,91.22",
                "previous_interval,1586156401,1586502000,15094,82686,4745,74013,3928,0,77615,89.51",
                "bucket_1,1586502000,1586540399.8888888,2209,11852,525,10731,596,0,11255,90.54");
        assertThat(csv).endsWith("\r\nbucket_9,1586809199.1111112,1586847599,0,0,0,0,0,0,0,\r\n");
    }

    @Test
    void givenTheContractExample_whenWrittenAsCsvAndAsJson_thenEveryCellIsTheJsonsTextOfThatKey() throws IOException {
        String json = MAPPER.writeValueAsString(ContractExample.response());
        List<Map<String, String>> jsonWindows = windowsAsWritten(json);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(UsageReportCsv.render(ContractExample.response()))).getRecords();

        assertThat(rows).hasSize(jsonWindows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>(rows.get(i).toMap());
            row.remove(UsageReportCsv.WINDOW);
            assertThat(row).as("row %d", i).containsExactlyEntriesOf(jsonWindows.get(i));
        }
    }

    /** Each window object of the JSON, in document order, as key to the literal text of its value ("" for null). */
    private static List<Map<String, String>> windowsAsWritten(String json) throws IOException {
        List<Map<String, String>> windows = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            Map<String, String> window = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT && parser.getParsingContext().getParent().getParent() != null) {
                    window = new LinkedHashMap<>();
                } else if (token == JsonToken.END_OBJECT && window != null) {
                    windows.add(window);
                    window = null;
                } else if (token.isScalarValue() && window != null) {
                    window.put(parser.currentName(), token == JsonToken.VALUE_NULL ? "" : parser.getText());
                }
            }
        }
        return windows;
    }
}
