package io.openemp.access.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenEMP access control", description = "Users, passwords, API tokens, login backoff and lockout, data scopes")
public @interface AccessConfig {

    @AttributeDefinition(name = "Realm rank", description = "Rank of the 'karaf' JAAS realm this module registers; it must exceed Karaf's own (0)")
    int realmRank() default 100;

    @AttributeDefinition(name = "Login cache", description = "Seconds a successful password or token check is remembered (0 = every request checks)", min = "0", max = "3600")
    int loginCacheSeconds() default 60;

    @AttributeDefinition(name = "argon2id memory", description = "KiB of memory per password hash (OWASP: at least 19456)", min = "1024", max = "1048576")
    int argon2MemoryKiB() default 19456;

    @AttributeDefinition(name = "argon2id iterations", min = "1", max = "20")
    int argon2Iterations() default 2;

    @AttributeDefinition(name = "Minimum password length", min = "8", max = "128")
    int minPasswordLength() default 12;

    @AttributeDefinition(name = "Backoff after", description = "Consecutive failed logins (per user and per address) after which each further attempt must wait", min = "1")
    int backoffAfterFailures() default 3;

    @AttributeDefinition(name = "Backoff base", description = "Milliseconds of the first wait; it doubles with every further failure", min = "0")
    long backoffBaseMillis() default 1000;

    @AttributeDefinition(name = "Backoff cap", description = "Longest wait between attempts, milliseconds", min = "0")
    long backoffMaxMillis() default 60000;

    @AttributeDefinition(name = "Lockout after", description = "Consecutive failed logins after which the user or address is locked out", min = "1")
    int lockoutAfterFailures() default 10;

    @AttributeDefinition(name = "Lockout minutes", description = "How long a lockout lasts; failures older than this are forgotten", min = "1")
    int lockoutMinutes() default 15;

    @AttributeDefinition(name = "Token lifetime", description = "Days an API token lives when its creator gives no expiry", min = "1")
    int tokenDefaultDays() default 90;

    @AttributeDefinition(name = "Longest token lifetime", description = "Days; a later expiry is refused", min = "1")
    int tokenMaxDays() default 366;

    @AttributeDefinition(name = "Scope cache", description = "Seconds an organisation unit's subtree is remembered", min = "0", max = "3600")
    int scopeCacheSeconds() default 30;
}
