package dev.incidentkit.incident;

import io.vavr.collection.Vector;

/** The concrete record types below a sealed interface, slice by slice, in the order they are declared. */
final class SealedLeaves {

    static final Vector<Class<? extends IncidentEvent>> EVENTS = of(IncidentEvent.class);
    static final Vector<Class<? extends IncidentCommand>> COMMANDS = of(IncidentCommand.class);

    private SealedLeaves() {}

    static <T> Vector<Class<? extends T>> of(Class<T> root) {
        Vector<Class<? extends T>> found = Vector.empty();
        for (Class<?> permitted : root.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                for (Class<?> leaf : of(permitted)) {
                    found = found.append(leaf.asSubclass(root));
                }
            } else {
                found = found.append(permitted.asSubclass(root));
            }
        }
        return found;
    }
}
