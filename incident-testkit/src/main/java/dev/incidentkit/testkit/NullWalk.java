package dev.incidentkit.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Walks every public constructor and method of a set of public types with {@code null} in each reference
 * parameter in turn, and reports those that do not refuse it at the door: a method passes when it throws a
 * {@link NullPointerException} whose message names the parameter (as {@code Objects.requireNonNull(x, "x")}
 * does), or when the parameter is annotated {@link Nullable} (its documented acceptance). It fails when it
 * returns normally, throws the JVM's own {@code NullPointerException} from a dereference further in (whose
 * helpful message may name a variable, but only once the work has begun), or throws anything else.
 *
 * <p>The other arguments, and the receiver of an instance method, are samples: values given with
 * {@link Builder#sample}, else made by the walk from simple types (strings, numbers, times, enums, empty
 * collections, {@code Option.none()}), records built from samples of their components, public static
 * factories and public constructors; a functional interface gets a stand-in that throws when called, so a
 * method that runs a function it was given before checking its other arguments shows up as a problem. A
 * method whose samples cannot be made is reported as not reached,
 * never as passing. The walk needs parameter names in the class files: compile with {@code -parameters}.
 *
 * <pre>{@code
 * NullWalk.Report report = NullWalk.builder()
 *         .sample(IncidentProcess.class, Presets.standard())
 *         .build()
 *         .walk(NullWalk.publicTypesIn("com.example.incidents"));
 * assertTrue(report.problems().isEmpty(), report.describe());
 * }</pre>
 *
 * <p>Left out by design: {@code equals(Object)} (which answers {@code false} to {@code null} by contract),
 * the {@code valueOf(String)} and {@code values()} the compiler writes for enums, synthetic and bridge
 * methods, and {@code main(String[])}, an entry point rather than API.
 *
 * @since 0.1.0
 */
public final class NullWalk {

    private static final int MAX_DEPTH = 4;

    private final Map<Class<?>, Object> given;
    private final Set<String> skipped;
    private final Path scratch;
    private final Map<Class<?>, Optional<Object>> made = new HashMap<>();
    private final Set<Class<?>> making = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private NullWalk(Map<Class<?>, Object> given, Set<String> skipped, Path scratch) {
        this.given = given;
        this.skipped = skipped;
        this.scratch = scratch;
    }

    /**
     * Starts a walk's configuration.
     *
     * @return a builder without samples
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The public, non-synthetic top-level and nested types whose class files are in a package or below it,
     * on the class path of the given loader, in directories or jars, sorted by name.
     *
     * @param packageName the package, such as {@code "dev.incidentkit"}
     * @param loader where to look
     * @return the types; empty when the package has none
     * @throws UncheckedIOException if a class path entry cannot be read
     */
    public static List<Class<?>> publicTypesIn(String packageName, ClassLoader loader) {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(loader, "loader");
        String path = packageName.replace('.', '/');
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String entry = entries.nextElement().getName();
                            if (entry.startsWith(path + "/") && entry.endsWith(".class")) {
                                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                            }
                        }
                    }
                } else if ("file".equals(root.getProtocol())) {
                    Path dir = Paths.get(URI.create(root.toString()));
                    Path base = dir;
                    for (int i = 0; i < path.split("/").length; i++) {
                        base = base.getParent();
                    }
                    Path classRoot = base;
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                            String relative = classRoot.relativize(f).toString().replace(File.separatorChar, '/');
                            names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
                        });
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + packageName, e);
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith("package-info") || name.endsWith("module-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (isPublicApi(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isSynthetic() || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Walks the public constructors and the public methods declared by each type (for an interface, its
     * static and default methods), with {@code null} in each reference parameter in turn.
     *
     * @param types the types
     * @return what was found
     */
    public Report walk(Collection<Class<?>> types) {
        Objects.requireNonNull(types, "types");
        List<Problem> problems = new ArrayList<>();
        Set<String> unreached = new java.util.LinkedHashSet<>();
        int checked = 0;
        for (Class<?> type : types) {
            for (Executable executable : executables(type)) {
                String name = describe(executable);
                if (skipped.contains(name)) {
                    continue;
                }
                Parameter[] parameters = executable.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    Parameter parameter = parameters[i];
                    if (parameter.getType().isPrimitive()) {
                        continue;
                    }
                    if (!parameter.isNamePresent()) {
                        throw new IllegalStateException(
                                name + " has no parameter names in its class file; compile with -parameters");
                    }
                    if (isNullable(parameter)) {
                        continue;
                    }
                    Optional<String> missing = Optional.empty();
                    Object receiver = null;
                    if (executable instanceof Method method && !Modifier.isStatic(method.getModifiers())) {
                        Optional<Object> instance = sampleOf(type);
                        if (instance.isEmpty()) {
                            missing = Optional.of(type.getName());
                        } else {
                            receiver = instance.get();
                        }
                    }
                    Object[] arguments = new Object[parameters.length];
                    for (int j = 0; j < parameters.length && missing.isEmpty(); j++) {
                        if (j == i) {
                            continue;
                        }
                        Class<?> wanted = parameters[j].getType();
                        Optional<Object> argument = primitive(wanted).or(() -> sampleOf(wanted));
                        if (argument.isEmpty()) {
                            missing = Optional.of(parameters[j].getType().getName());
                        } else {
                            arguments[j] = argument.get();
                        }
                    }
                    if (missing.isPresent()) {
                        unreached.add(name + " (no sample of " + missing.get() + ")");
                        continue;
                    }
                    checked++;
                    Optional<String> problem = verdict(invoke(executable, receiver, arguments), parameter.getName());
                    problem.ifPresent(p -> problems.add(new Problem(name, parameter.getName(), p)));
                }
            }
        }
        return new Report(checked, problems, new ArrayList<>(unreached));
    }

    private static boolean isNullable(Parameter parameter) {
        AnnotatedType type = parameter.getAnnotatedType();
        return type.isAnnotationPresent(Nullable.class) || parameter.isAnnotationPresent(Nullable.class);
    }

    private static List<Executable> executables(Class<?> type) {
        List<Executable> executables = new ArrayList<>();
        if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && !type.isEnum()) {
            for (Constructor<?> constructor : type.getConstructors()) {
                executables.add(constructor);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            if (!Modifier.isPublic(modifiers) || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            if (Modifier.isAbstract(modifiers)) {
                continue;
            }
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                continue;
            }
            if (type.isEnum() && Modifier.isStatic(modifiers)
                    && (method.getName().equals("valueOf") || method.getName().equals("values"))) {
                continue;
            }
            if (method.getName().equals("main") && Modifier.isStatic(modifiers)
                    && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String[].class})) {
                continue;
            }
            executables.add(method);
        }
        executables.sort(Comparator.comparing(NullWalk::describe));
        return executables;
    }

    private static String describe(Executable executable) {
        StringBuilder text = new StringBuilder(executable.getDeclaringClass().getName());
        if (executable instanceof Method) {
            text.append('.').append(executable.getName());
        } else {
            text.append(".<init>");
        }
        text.append('(');
        Class<?>[] types = executable.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            text.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
        }
        return text.append(')').toString();
    }

    private static @Nullable Throwable invoke(Executable executable, @Nullable Object receiver, Object[] arguments) {
        try {
            if (executable instanceof Constructor<?> constructor) {
                constructor.newInstance(arguments);
            } else {
                ((Method) executable).invoke(receiver, arguments);
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + describe(executable), e);
        }
    }

    /** Empty when the outcome is a refusal naming the parameter; else what went wrong. */
    private static Optional<String> verdict(@Nullable Throwable thrown, String parameter) {
        if (thrown == null) {
            return Optional.of("accepted null without saying so (@Nullable)");
        }
        if (!(thrown instanceof NullPointerException)) {
            return Optional.of("threw " + thrown + " instead of a NullPointerException");
        }
        String message = thrown.getMessage();
        if (message == null) {
            return Optional.of("threw a NullPointerException without a message");
        }
        if (message.contains("because \"") || message.startsWith("Cannot ")) {
            return Optional.of("threw the JVM's own NullPointerException (" + message + ")");
        }
        if (!namesWord(message, parameter)) {
            return Optional.of("threw a NullPointerException that does not name it (" + message + ")");
        }
        return Optional.empty();
    }

    private static boolean namesWord(String message, String word) {
        int from = 0;
        while (true) {
            int at = message.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isJavaIdentifierPart(message.charAt(at - 1));
            boolean endOk = end == message.length() || !Character.isJavaIdentifierPart(message.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private Optional<Object> sampleOf(Class<?> type) {
        return sampleOf(type, 0);
    }

    private Optional<Object> sampleOf(Class<?> type, int depth) {
        if (given.containsKey(type)) {
            return Optional.of(given.get(type));
        }
        Optional<Object> known = made.get(type);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH || !making.add(type)) {
            return Optional.empty();
        }
        Optional<Object> sample;
        try {
            sample = Optional.ofNullable(make(type, depth));
        } finally {
            making.remove(type);
        }
        // a failure below the top may only mean the depth ran out on this path: try again from a shallower one
        if (sample.isPresent() || depth == 0) {
            made.put(type, sample);
        }
        return sample;
    }

    private @Nullable Object make(Class<?> type, int depth) {
        Object simple = simple(type);
        if (simple != null) {
            return simple;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants.length == 0 ? null : constants[0];
        }
        if (type.isArray()) {
            return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
        }
        if (type.isRecord()) {
            Object record = viaRecord(type, depth);
            if (record != null) {
                return record;
            }
        }
        Object factory = viaFactories(type, depth);
        if (factory != null) {
            return factory;
        }
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                Optional<Object> sample = sampleOf(permitted, depth + 1);
                if (sample.isPresent()) {
                    return sample.get();
                }
            }
        }
        if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            Object constructed = viaConstructors(type, depth);
            if (constructed != null) {
                return constructed;
            }
        }
        if (type.isInterface() && isFunctional(type)) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "sample " + type.getSimpleName();
                    };
                }
                throw new IllegalStateException("the walk's stand-in " + type.getSimpleName()
                        + " was called before the null was refused");
            });
        }
        return null;
    }

    private @Nullable Object simple(Class<?> type) {
        if (type == String.class || type == CharSequence.class || type == Object.class) {
            return "sample";
        }
        if (type == Integer.class) {
            return 1;
        }
        if (type == Long.class) {
            return 1L;
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Double.class) {
            return 1.0;
        }
        if (type == Instant.class) {
            return Instant.parse("2026-01-05T10:00:00Z");
        }
        if (type == Duration.class) {
            return Duration.ofMinutes(1);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 5);
        }
        if (type == LocalTime.class) {
            return LocalTime.of(10, 0);
        }
        if (type == ZoneId.class || type == ZoneOffset.class) {
            return ZoneOffset.UTC;
        }
        if (type == Clock.class) {
            return Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
        }
        if (type == Class.class) {
            return String.class;
        }
        if (type == Locale.class) {
            return Locale.ROOT;
        }
        if (type == URI.class) {
            return URI.create("http://127.0.0.1:9/sample");
        }
        if (type == Path.class) {
            return scratch;
        }
        if (type == io.vavr.collection.List.class || type == io.vavr.collection.Seq.class
                || type == io.vavr.collection.Traversable.class || type == io.vavr.collection.LinearSeq.class) {
            return io.vavr.collection.List.empty();
        }
        if (type == io.vavr.collection.Vector.class || type == io.vavr.collection.IndexedSeq.class) {
            return io.vavr.collection.Vector.empty();
        }
        if (type == io.vavr.collection.Set.class || type == io.vavr.collection.HashSet.class) {
            return io.vavr.collection.HashSet.empty();
        }
        if (type == io.vavr.collection.SortedSet.class || type == io.vavr.collection.TreeSet.class) {
            return io.vavr.collection.TreeSet.empty();
        }
        if (type == io.vavr.collection.Map.class || type == io.vavr.collection.HashMap.class) {
            return io.vavr.collection.HashMap.empty();
        }
        if (type == io.vavr.collection.LinkedHashMap.class) {
            return io.vavr.collection.LinkedHashMap.empty();
        }
        if (type == io.vavr.collection.SortedMap.class || type == io.vavr.collection.TreeMap.class) {
            return io.vavr.collection.TreeMap.empty();
        }
        if (type == io.vavr.control.Option.class) {
            return io.vavr.control.Option.none();
        }
        if (type == List.class || type == Collection.class || type == Iterable.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        return null;
    }

    private @Nullable Object viaRecord(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            if (!Modifier.isPublic(canonical.getModifiers())) {
                return null;
            }
            return construct(canonical, depth);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * Public static methods that return the type (or a supertype, when what they return is of the type), on
     * the type itself or the type that encloses it.
     */
    private @Nullable Object viaFactories(Class<?> type, int depth) {
        List<Method> factories = new ArrayList<>();
        List<Method> candidates = new ArrayList<>(Arrays.asList(type.getMethods()));
        if (type.getEnclosingClass() != null) {
            candidates.addAll(Arrays.asList(type.getEnclosingClass().getMethods()));
        }
        for (Method method : candidates) {
            Class<?> returned = method.getReturnType();
            if (Modifier.isStatic(method.getModifiers()) && returned != Object.class && returned.isAssignableFrom(type)
                    && !method.isSynthetic() && !(type.isEnum() && method.getName().equals("valueOf"))) {
                factories.add(method);
            }
        }
        factories.sort(Comparator.comparingInt(Method::getParameterCount).thenComparing(NullWalk::describe));
        for (Method factory : factories) {
            Object[] arguments = argumentsFor(factory, depth);
            if (arguments == null) {
                continue;
            }
            try {
                Object made = factory.invoke(null, arguments);
                if (type.isInstance(made)) {
                    return made;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // this factory refuses the samples; try the next
            }
        }
        return null;
    }

    private @Nullable Object viaConstructors(Class<?> type, int depth) {
        Constructor<?>[] constructors = type.getConstructors();
        Arrays.sort(constructors, Comparator.comparingInt(Constructor::getParameterCount));
        for (Constructor<?> constructor : constructors) {
            Object made = construct(constructor, depth);
            if (made != null) {
                return made;
            }
        }
        return null;
    }

    private @Nullable Object construct(Constructor<?> constructor, int depth) {
        Object[] arguments = argumentsFor(constructor, depth);
        if (arguments == null) {
            return null;
        }
        try {
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private Object @Nullable [] argumentsFor(Executable executable, int depth) {
        Class<?>[] types = executable.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            Optional<Object> argument = primitive(type).or(() -> sampleOf(type, depth + 1));
            if (argument.isEmpty()) {
                return null;
            }
            arguments[i] = argument.get();
        }
        return arguments;
    }

    private static Optional<Object> primitive(Class<?> type) {
        if (!type.isPrimitive()) {
            return Optional.empty();
        }
        if (type == boolean.class) {
            return Optional.of(Boolean.TRUE);
        }
        if (type == char.class) {
            return Optional.of('x');
        }
        if (type == long.class) {
            return Optional.of(1L);
        }
        if (type == double.class) {
            return Optional.of(1.0);
        }
        if (type == float.class) {
            return Optional.of(1.0f);
        }
        if (type == short.class) {
            return Optional.of((short) 1);
        }
        if (type == byte.class) {
            return Optional.of((byte) 1);
        }
        return Optional.of(1);
    }

    private static boolean isFunctional(Class<?> type) {
        int abstractMethods = 0;
        for (Method method : type.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers())) {
                abstractMethods++;
            }
        }
        return abstractMethods == 1;
    }

    /**
     * Configures a walk.
     */
    public static final class Builder {

        private final Map<Class<?>, Object> given = new LinkedHashMap<>();
        private final Set<String> skipped = new TreeSet<>();

        private Builder() {}

        /**
         * Gives the sample to use wherever a value of this exact type is needed, as receiver or argument.
         *
         * @param <T> the type
         * @param type the type
         * @param sample its sample
         * @return this builder
         */
        public <T> Builder sample(Class<T> type, T sample) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(sample, "sample");
            given.put(type, sample);
            return this;
        }

        /**
         * Leaves one constructor or method out of the walk, named as {@link Problem#executable()} names it
         * (such as {@code "com.example.Parser.parse(String)"}); for the rare method that cannot be called
         * safely in a test, never to hide a finding.
         *
         * @param executable the name
         * @return this builder
         */
        public Builder skip(String executable) {
            skipped.add(Objects.requireNonNull(executable, "executable"));
            return this;
        }

        /**
         * Builds the walk. Methods that write files are given a fresh temporary directory as their
         * {@link Path} sample.
         *
         * @return the walk
         * @throws UncheckedIOException if the temporary directory cannot be made
         */
        public NullWalk build() {
            try {
                return new NullWalk(new LinkedHashMap<>(given), new TreeSet<>(skipped),
                        Files.createTempDirectory("nullwalk"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * One parameter that does not refuse {@code null} at the door.
     *
     * @param executable the constructor or method, as {@code Type.name(ParameterTypes)}
     * @param parameter the parameter's name
     * @param what what happened instead
     */
    public record Problem(String executable, String parameter, String what) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Problem {
            Objects.requireNonNull(executable, "executable");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(what, "what");
        }
    }

    /**
     * What a walk found.
     *
     * @param checked how many (method, parameter) pairs were called with {@code null}
     * @param problems the pairs that did not refuse it at the door
     * @param unreached the methods that could not be called (for at least one parameter), each with a sample
     *     it lacked; never
     *     {@code null}
     */
    public record Report(int checked, List<Problem> problems, List<String> unreached) {

        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a list is {@code null}
         */
        public Report {
            Objects.requireNonNull(problems, "problems");
            Objects.requireNonNull(unreached, "unreached");
            problems = List.copyOf(problems);
            unreached = List.copyOf(unreached);
        }

        /**
         * The findings, a line each, for an assertion's message.
         *
         * @return the text
         */
        public String describe() {
            StringBuilder text = new StringBuilder();
            text.append(checked).append(" parameters checked, ").append(problems.size()).append(" problems, ")
                    .append(unreached.size()).append(" methods not reached\n");
            for (Problem problem : problems) {
                text.append("  ").append(problem.executable()).append(" [").append(problem.parameter()).append("]: ")
                        .append(problem.what()).append('\n');
            }
            for (String method : unreached) {
                text.append("  not reached: ").append(method).append('\n');
            }
            return text.toString();
        }
    }
}
