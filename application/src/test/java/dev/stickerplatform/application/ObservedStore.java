package dev.stickerplatform.application;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The real in-memory store, observed: it counts the calls of each repository method (to check "one query, not
 * N+1"), can fail every call like an outage, and can run a step just before a given call (to play a concurrent
 * request that gets there first). Nothing is stored here: every call goes to the {@link InMemoryStore}. A proxy of
 * the port, so a repository added to {@link Store} needs no change here.
 */
public final class ObservedStore {
    private final Store observed;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final Map<String, Runnable> before = new ConcurrentHashMap<>();
    private volatile boolean down;

    public ObservedStore() {
        this(new InMemoryStore());
    }

    public ObservedStore(Store store) {
        this.observed = observe(Store.class, "Store", store);
    }

    /** The store to hand to the use case: every call is observed, then goes to the in-memory store. */
    public Store store() {
        return observed;
    }

    /** While {@code value} is true, every call fails with {@link StoreUnavailableException}. */
    public void down(boolean value) {
        down = value;
    }

    /** How many times {@code "Repository.method"} was called, e.g. {@code "Templates.findAll"}. */
    public int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    /** Runs {@code step} once, just before the next call of {@code "Repository.method"} reaches the store. */
    public void beforeNext(String method, Runnable step) {
        before.put(method, step);
    }

    @SuppressWarnings("unchecked")
    private <T> T observe(Class<T> type, String name, T target) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> call(name, target, method, args));
    }

    @SuppressWarnings("unchecked")
    private Object call(String name, Object target, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
        }
        String key = name + "." + method.getName();
        Runnable step = before.remove(key);
        if (step != null) {
            step.run();
        }
        if (down) {
            throw new StoreUnavailableException("store is down");
        }
        calls.merge(key, 1, Integer::sum);
        if (name.equals("Store") && method.getName().equals("inTransaction")) {
            Function<Store, Object> work = (Function<Store, Object>) args[0];
            args = new Object[] {(Function<Store, Object>) tx -> work.apply(observe(Store.class, "Store", tx))};
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Class<?> type = method.getReturnType();
        return type.isInterface() && type.getEnclosingClass() == Store.class
                ? observe((Class<Object>) type, type.getSimpleName(), result) : result;
    }
}
