import http.server, os, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/to-file":
            self.send_response(302); self.send_header("Location", "file:///etc/passwd")
            self.end_headers(); return
        if self.path == "/loop":
            self.send_response(302); self.send_header("Location", "/loop")
            self.end_headers(); return
        return super().do_GET()
os.chdir(sys.argv[1])
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2] + ".tmp", "w") as f: f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
