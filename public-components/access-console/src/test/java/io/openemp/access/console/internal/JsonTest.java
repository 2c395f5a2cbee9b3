package io.openemp.access.console.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** JSON as the console prints it for people. */
public class JsonTest {

    @Test
    public void twoSpaceIndentOneValuePerLineAndTightEmptyContainers() throws Exception {
        String json = "{\"a\":[1,{\"b\":[]}],\"c\":{},\"d\":0.10}";

        assertEquals("{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    }\n  ],\n  \"c\": {},\n  \"d\": 0.10\n}",
                Json.pretty(Json.MAPPER.readTree(json)));
    }

    @Test
    public void absentIsNull() {
        assertEquals("null", Json.pretty(null));
    }
}
