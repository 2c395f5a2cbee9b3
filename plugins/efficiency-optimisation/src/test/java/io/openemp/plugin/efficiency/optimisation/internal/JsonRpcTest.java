package io.openemp.plugin.efficiency.optimisation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/** JSON in, the platform's real dispatcher, this component, JSON out. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller VIEWER = Caller.of("ann", Set.of(Roles.VIEWER), "test");

    private static final String MEASURES = "[{'id':'led','name':'LED lighting','investment':100000,'yearlySavings':30000,"
            + "'yearlyKwh':250000,'lifetimeYears':10,'risk':1,'criteria':[{'name':'comfort','value':7}]},"
            + "{'id':'vsd','investment':250000,'yearlySavings':55000,'yearlyKwh':460000,'lifetimeYears':15,'risk':3,'criteria':[{'name':'comfort','value':5}]},"
            + "{'id':'chp','investment':900000,'yearlySavings':140000,'yearlyKwh':1500000,'lifetimeYears':20,'risk':6,'criteria':[{'name':'comfort','value':4}]},"
            + "{'id':'insulation','investment':300000,'yearlySavings':26000,'yearlyKwh':210000,'lifetimeYears':30,'risk':2,'criteria':[{'name':'comfort','value':9}]}]";

    private StandaloneRegistry registry;

    @Before
    public void start() {
        registry = new StandaloneRegistry();
        registry.add(new ProgramComponent(), "io.openemp.efficiency-optimisation");
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(String method, String params) throws Exception {
        String request = ("{'jsonrpc':'2.0','id':1,'method':'efficiency-optimisation." + method + "','params':" + params + "}")
                .replace('\'', '"');
        byte[] response = registry.dispatch(request.getBytes(StandardCharsets.UTF_8), VIEWER);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private void assertInvalid(String method, String params, String field) throws Exception {
        JsonNode response = call(method, params);
        assertEquals(params + " -> " + response, -32602, response.at("/error/code").asInt());
        assertTrue(params + " -> " + response, response.at("/error/data/param").asText().startsWith(field));
    }

    @Test
    public void finance() throws Exception {
        JsonNode r = call("finance", "{'cashFlows':[-2000,500,500,5000],'rate':0.1}").get("result");
        assertEquals("2624.34", r.get("npv").asText());
        assertEquals(3, r.get("paybackWholeYears").asInt());
        assertEquals(2.2, r.get("paybackYears").asDouble(), 1e-12);
        // The configured default rate (8 %) when none is given.
        assertEquals(0.08, call("finance", "{'cashFlows':[-100,110]}").at("/result/rate").asDouble(), 0);
    }

    @Test
    public void ahpRefusesAnInconsistentMatrixWithItsConsistencyRatio() throws Exception {
        JsonNode response = call("ahp", "{'comparisons':[[1,9,0.1111111111],[0.1111111111,1,9],[9,0.1111111111,1]]}");
        assertEquals(-32602, response.at("/error/code").asInt());
        assertEquals("comparisons", response.at("/error/data/param").asText());
        double cr = response.at("/error/data/consistencyRatio").asDouble();
        assertTrue(response.toString(), cr > 1);
        assertTrue(response.at("/error/message").asText(), response.at("/error/message").asText().contains(String.format(java.util.Locale.ROOT, "%.4f", cr)));
    }

    @Test
    public void ahpAnswersWeights() throws Exception {
        JsonNode r = call("ahp", "{'comparisons':[[1,3],[0.3333333333,1]]}").get("result");
        assertEquals(0.75, r.at("/weights/0").asDouble(), 1e-9);
        assertEquals(0, r.get("consistencyRatio").asDouble(), 0);
    }

    @Test
    public void rankOrdersByTopsisWithAhpWeights() throws Exception {
        // npv matters 3x more than comfort and than risk, comfort and risk equally: consistent (CR 0).
        JsonNode r = call("rank", "{'measures':" + MEASURES + ",'rate':0.08,'criteria':[{'name':'npv'},{'name':'comfort','benefit':true},"
                + "{'name':'risk'}],'comparisons':[[1,3,3],[0.3333333333,1,1],[0.3333333333,1,1]]}").get("result");
        assertEquals(0.6, r.at("/ahp/weights/0").asDouble(), 1e-6);
        JsonNode ranking = r.get("ranking");
        assertEquals(4, ranking.size());
        for (int k = 1; k < 4; k++) {
            assertTrue(ranking.get(k - 1).get("closeness").asDouble() >= ranking.get(k).get("closeness").asDouble());
            assertEquals(k + 1, ranking.get(k).get("rank").asInt());
        }
        // led: npv = -100000 + 30000 * annuity(8 %, 10) = 101302.44
        for (JsonNode m : ranking) {
            if (m.get("id").asText().equals("led")) {
                assertEquals(101302.44, m.at("/values/0").asDouble(), 0.01);
            }
        }
    }

    @Test
    public void selectMaximisesNpvWithinTheBudget() throws Exception {
        JsonNode r = call("select", "{'measures':" + MEASURES + ",'budget':1000000,'rate':0.08}").get("result");
        // NPV at 8 %: led 101302.44, vsd 220773.56, chp 474545.05, insulation -7298.40 (left out).
        // Best within 1,000,000: chp + led (1,000,000) = 575847.49 beats vsd + led (350,000) and chp alone.
        assertEquals("[\"led\",\"chp\"]", r.get("selected").toString());
        assertEquals(1000000, r.get("totalInvestment").asDouble(), 0);
        JsonNode forced = call("select", "{'measures':" + MEASURES + ",'budget':1000000,'rate':0.08,'mustInclude':['vsd'],"
                + "'exclusiveGroups':[['led','insulation']]}").get("result");
        assertEquals("[\"led\",\"vsd\"]", forced.get("selected").toString());
    }

    @Test
    public void badInputNamesTheField() throws Exception {
        assertInvalid("finance", "{'cashFlows':[]}", "cashFlows");
        assertInvalid("finance", "{'cashFlows':[-1,2],'rate':-1.5}", "rate");
        assertInvalid("finance", "{'cashFlows':[-1,'x']}", "cashFlows");
        assertInvalid("finance", "{'cashFlows':[-1,1e20]}", "cashFlows[1]");
        assertInvalid("ahp", "{'comparisons':[[1,2],[2,1]]}", "comparisons");
        assertInvalid("ahp", "{'comparisons':[[1]]}", "comparisons");
        assertInvalid("ahp", "{'comparisons':[[1,2,3],[0.5,1]]}", "comparisons");
        String one = "{'id':'a','investment':10,'yearlySavings':5,'lifetimeYears':%s}";
        assertInvalid("select", "{'measures':[" + String.format(one, "-3") + "],'budget':10}", "measures[0].lifetimeYears");
        assertInvalid("select", "{'measures':[" + String.format(one, "3") + "," + String.format(one, "4") + "],'budget':10}", "measures[1].id");
        assertInvalid("select", "{'measures':[" + String.format(one, "3") + "],'budget':-1}", "budget");
        assertInvalid("select", "{'measures':[" + String.format(one, "3") + "],'budget':10,'mustInclude':['zz']}", "mustInclude");
        assertInvalid("select", "{'measures':[{'id':'a','investment':-10,'yearlySavings':5,'lifetimeYears':3}],'budget':10}",
                "measures[0].investment");
        assertInvalid("select", "{'measures':[" + String.format(one, "3") + "],'budget':1,'mustInclude':['a']}", "mustInclude");
        assertInvalid("rank", "{'measures':" + MEASURES + ",'criteria':[{'name':'npv'},{'name':'noise'}],'comparisons':[[1,2],[0.5,1]]}",
                "criteria[1].benefit");
        assertInvalid("rank", "{'measures':" + MEASURES + ",'criteria':[{'name':'npv'},{'name':'noise','benefit':false}],'comparisons':[[1,2],[0.5,1]]}",
                "measures[0].criteria.noise");
        assertInvalid("rank", "{'measures':" + MEASURES + ",'criteria':[{'name':'npv'},{'name':'risk'}],'comparisons':[[1,2,2],[0.5,1,1],[0.5,1,1]]}",
                "comparisons");
        assertInvalid("select", "{'measures':[{'id':'a','investment':10,'yearlySavings':5,'lifetimeYears':3,'colour':1}],'budget':10}", "measures");
    }
}
