package io.openemp.plugin.efficiency.potential.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@value PotentialComponent#PID} (file {@code etc/io.openemp.plugin.efficiency-potential.cfg}). */
@ObjectClassDefinition(name = "OpenEMP savings potential",
        description = "How the savings-potential decision tree is fitted and checked, and whether the starter set is loaded")
public @interface PotentialConfig {

    @AttributeDefinition(name = "Maximum depth", description = "Deepest tree, the root counting 1 (1..12); shallow trees explain better", min = "1", max = "12")
    int maxDepth() default 5;

    @AttributeDefinition(name = "Minimum child weight", description = "Fewest cases in a child of a split (1..1000)", min = "1", max = "1000")
    float minChildWeight() default 5f;

    @AttributeDefinition(name = "Cross-validation folds", description = "k of the stratified k-fold cross-validation (2..20)", min = "2", max = "20")
    int folds() default 5;

    @AttributeDefinition(name = "Seed", description = "Seed of the fold assignment and of the trainer")
    long seed() default 42L;

    @AttributeDefinition(name = "Minimum cases", description = "Fewest assessed cases a training accepts (at least folds)", min = "2")
    int minCases() default 20;

    @AttributeDefinition(name = "Load the starter set", description = "When no case is stored at start, store the shipped starter set (source 'starter') and train on it")
    boolean loadStarterSet() default true;
}
