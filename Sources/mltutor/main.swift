print("mltutor")
