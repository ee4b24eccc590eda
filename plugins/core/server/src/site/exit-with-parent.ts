/**
 * Preloaded into the `astro build` child (`node -r`): a SIGKILLed Strapi cannot stop its children, and an
 * orphaned build would keep writing into the folder the next build uses. When the parent is gone the child is
 * re-parented, so a changed ppid means "stop now".
 */
const parent = Number(process.env.VZD_PARENT_PID);
if (parent) {
  setInterval(() => {
    if (process.ppid !== parent) process.exit(70);
  }, 250).unref();
}
