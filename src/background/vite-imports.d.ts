/** crxjs turns `?script&iife` imports into the built file's path, for scripting.executeScript. */
declare module '*?script&iife' {
  const fileName: string;
  export default fileName;
}
