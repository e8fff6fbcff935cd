package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(AdminClosedWithoutTokenTest.NoAdminToken.class)
class AdminClosedWithoutTokenTest {

    public static class NoAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("usage.admin-token", "");
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"test-admin-token", "anything"})
    void givenNoConfiguredAdminToken_whenAnyTokenIsPresented_thenTheAdminApiStaysClosed(String token) {
        as(token).contentType(ContentType.JSON).body(Map.of("name", "intruder")).post("/admin/users")
                .then().statusCode(403)
                .body("error", equalTo("The admin API is closed: no admin token is configured (USAGE_ADMIN_TOKEN)"));
    }
}
