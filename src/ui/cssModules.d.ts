/** CSS modules (Vite): class names by the name written in the .module.css file. */
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>
  export default classes
}
